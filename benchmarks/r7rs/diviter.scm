;;; diviter: halve a list of 1000 elements by an iterative loop over cddr. Suite: 1,000,000 times.
;;; Here: 200,000 times. Answer: a list of 500 elements.

(define (create-n n)
  (do ((n n (- n 1))
       (a '() (cons '() a)))
      ((= n 0) a)))

(define (iterative-div2 l)
  (do ((l l (cddr l))
       (a '() (cons (car l) a)))
      ((null? l) a)))

(define ll (create-n 1000))

(run-r7rs "diviter" 200000 (lambda () (iterative-div2 (hide 200000 ll)))
          (lambda (r) (= (length r) 500)))
