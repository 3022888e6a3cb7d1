;;; deriv: symbolic derivative of a small polynomial; allocates many short lists (cons, list,
;;; map with a closure). Suite: 10,000,000 derivatives. Here: 4,000,000 per iteration.

(define (deriv a)
  (cond ((not (pair? a))
         (if (eq? a 'x) 1 0))
        ((eq? (car a) '+)
         (cons '+ (map deriv (cdr a))))
        ((eq? (car a) '-)
         (cons '- (map deriv (cdr a))))
        ((eq? (car a) '*)
         (list '* a (cons '+ (map (lambda (a) (list '/ (deriv a) a)) (cdr a)))))
        ((eq? (car a) '/)
         (list '-
               (list '/ (deriv (cadr a)) (caddr a))
               (list '/ (cadr a) (list '* (caddr a) (caddr a) (deriv (caddr a))))))
        (else (error "deriv: no method for" a))))

(define input '(+ (* 3 x x) (* a x x) (* b x) 5))
(define expected
  '(+ (* (* 3 x x) (+ (/ 0 3) (/ 1 x) (/ 1 x)))
      (* (* a x x) (+ (/ 0 a) (/ 1 x) (/ 1 x)))
      (* (* b x) (+ (/ 0 b) (/ 1 x)))
      0))

(run-r7rs "deriv" 4000000 (lambda () (deriv (hide 4000000 input))) (lambda (r) (equal? r expected)))
