;;; takl: tak on lists: numbers are lists, < is a walk down two lists. Suite: (mas 40l 20l 12l)
;;; once. Here: (mas 18l 12l 6l) 1000 times. Answer: the list of length 7.

(define (listn n)
  (if (= n 0)
      '()
      (cons n (listn (- n 1)))))

(define (shorterp x y)
  (and (not (null? y))
       (or (null? x)
           (shorterp (cdr x) (cdr y)))))

(define (mas x y z)
  (if (not (shorterp y x))
      z
      (mas (mas (cdr x) y z)
           (mas (cdr y) z x)
           (mas (cdr z) x y))))

(define l18 (listn 18))
(define l12 (listn 12))
(define l6 (listn 6))

(run-r7rs "takl" 1000 (lambda () (mas (hide 1000 l18) (hide 1000 l12) (hide 1000 l6)))
          (lambda (r) (equal? r '(7 6 5 4 3 2 1))))
