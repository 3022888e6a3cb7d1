;;; divrec: halve a list of 1000 elements by non-tail recursion over cddr. Suite: 1,000,000
;;; times. Here: 200,000 times. Answer: a list of 500 elements.

(define (create-n n)
  (do ((n n (- n 1))
       (a '() (cons '() a)))
      ((= n 0) a)))

(define (recursive-div2 l)
  (cond ((null? l) '())
        (else (cons (car l) (recursive-div2 (cddr l))))))

(define ll (create-n 1000))

(run-r7rs "divrec" 200000 (lambda () (recursive-div2 (hide 200000 ll)))
          (lambda (r) (= (length r) 500)))
