;;; primes: the primes up to 1000 by a sieve over lists (non-tail recursion, remainder).
;;; Suite: 10,000 times. Here: 1,500 times. Answer: 168 primes, the last 997.

(define (interval-list m n)
  (if (> m n)
      '()
      (cons m (interval-list (+ 1 m) n))))

(define (sieve l)
  (letrec ((remove-multiples
            (lambda (n l)
              (if (null? l)
                  '()
                  (if (= (remainder (car l) n) 0)
                      (remove-multiples n (cdr l))
                      (cons (car l) (remove-multiples n (cdr l))))))))
    (if (null? l)
        '()
        (cons (car l) (sieve (remove-multiples (car l) (cdr l)))))))

(define (primes<= n)
  (sieve (interval-list 2 n)))

(run-r7rs "primes" 1500 (lambda () (primes<= (hide 1500 1000)))
          (lambda (r) (and (= (length r) 168) (equal? (list-tail r 165) '(983 991 997)))))
