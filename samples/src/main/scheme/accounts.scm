;; Bank accounts: a record type holds the data, closures hold behaviour and private state, and errors
;; are values that a guard catches and takes apart.

(define-record-type account
  (make-account owner balance)
  account?
  (owner account-owner)
  (balance account-balance set-account-balance!))

(define (deposit! account amount)
  (if (<= amount 0)
      (error "deposit: the amount must be positive" amount))
  (set-account-balance! account (+ (account-balance account) amount)))

(define (withdraw! account amount)
  (if (> amount (account-balance account))
      (error "withdraw: insufficient funds" (account-owner account) amount))
  (set-account-balance! account (- (account-balance account) amount)))

;; A closure as an object: its entries are visible only through the messages it answers.
(define (make-ledger)
  (let ((entries '()))
    (lambda (message . args)
      (case message
        ((record!) (set! entries (cons args entries)))
        ((entries) (reverse entries))
        ((count) (length entries))
        (else (error "ledger: unknown message" message))))))

(define ledger (make-ledger))

;; A transfer either happens completely or is refused and recorded with the reason.
(define (transfer! from to amount)
  (guard (e ((error-object? e)
             (ledger 'record! 'refused (account-owner from) amount (error-object-message e))
             #f))
    (withdraw! from amount)
    (deposit! to amount)
    (ledger 'record! 'transfer (account-owner from) (account-owner to) amount)
    #t))

(define alice (make-account "Alice" 100))
(define bob (make-account "Bob" 20))
(define carol (make-account "Carol" 55))

(display (list (transfer! alice bob 30) (transfer! bob alice 500) (transfer! carol bob 0)))
(newline)
(for-each (lambda (entry) (write entry) (newline)) (ledger 'entries))

;; Procedures are values: sort by a key, then map over the result.
(define (richest-first accounts)
  (sort accounts (lambda (a b) (> (account-balance a) (account-balance b)))))
(for-each (lambda (a) (display (account-owner a)) (display ": ") (display (account-balance a)) (newline))
          (richest-first (list alice bob carol)))
(display (list 'transactions (ledger 'count) 'total (apply + (map account-balance (list alice bob carol)))))
(newline)
