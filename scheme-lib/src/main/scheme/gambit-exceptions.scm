;;; Gambit's exception predicates, for programs that test what they caught. Our run-time
;;; errors are R7RS error objects; these recognize the kinds by the messages the runtime
;;; gives them (one place: the runtime's wording is tested by the programs under
;;; scheme-lib/src/test/scheme/termite/gambit-exceptions.scm).

(define (%error-message-matches? e prefix suffix)
  (and (error-object? e)
       (let* ((m (error-object-message e))
              (n (string-length m)))
         (and (string? m)
              (or (not prefix)
                  (and (>= n (string-length prefix))
                       (string=? (substring m 0 (string-length prefix)) prefix)))
              (or (not suffix)
                  (and (>= n (string-length suffix))
                       (string=? (substring m (- n (string-length suffix)) n) suffix)))))))

(define (wrong-number-of-arguments-exception? e)
  ;; "f: expects 2 arguments, got 1", or "f: does not take 3 arguments, got 3"
  (and (error-object? e)
       (let ((m (error-object-message e)))
         (and (string? m)
              (or (%contains? m ": expects ") (%contains? m ": does not take "))
              (%contains? m ", got ")))))

(define (%contains? s part)
  (let ((n (string-length s)) (k (string-length part)))
    (let loop ((i 0))
      (and (<= (+ i k) n)
           (or (string=? (substring s i (+ i k)) part) (loop (+ i 1)))))))

(define (unbound-global-exception? e)
  (%error-message-matches? e "unbound variable:" #f))

(define (unbound-global-exception-variable e)
  (if (not (unbound-global-exception? e))
      (error "unbound-global-exception-variable: expected an unbound global exception, got" e))
  (car (error-object-irritants e)))

(define (divide-by-zero-exception? e)
  (%error-message-matches? e #f "division by zero"))

(define (mailbox-receive-timeout-exception? e)
  (%error-message-matches? e "receive timeout" #f))
