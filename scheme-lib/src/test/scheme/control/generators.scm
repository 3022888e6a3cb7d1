;; call/cc used for generators that hand control back and forth, and for early exit from a traversal.
(define (tree-walk tree yield)
  (cond ((null? tree) 'skip)
        ((pair? tree) (tree-walk (car tree) yield) (tree-walk (cdr tree) yield))
        (else (yield tree))))

(define (make-generator tree)
  (define return #f)
  (define (resume-walk ignored)
    (tree-walk tree (lambda (leaf) (call/cc (lambda (k) (set! resume-walk k) (return leaf)))))
    (return 'done))
  (lambda () (call/cc (lambda (r) (set! return r) (resume-walk #f)))))

(define gen (make-generator '((1 2) (3 (4)) 5)))
(define (collect g)
  (let loop ((acc '()))
    (let ((v (g)))
      (if (eq? v 'done) (reverse acc) (loop (cons v acc))))))
(write (collect gen)) (newline)
;; expect: (1 2 3 4 5)

;; Same fringe with two generators.
(define (same-fringe? a b)
  (let ((ga (make-generator a)) (gb (make-generator b)))
    (let loop ()
      (let ((x (ga)) (y (gb)))
        (cond ((not (eqv? x y)) #f)
              ((eq? x 'done) #t)
              (else (loop)))))))
(write (list (same-fringe? '(1 (2 3)) '((1 2) 3)) (same-fringe? '(1 2 3) '(1 (2 4))))) (newline)
;; expect: (#t #f)

;; Early exit from for-each.
(define (first-negative lst)
  (call-with-current-continuation
    (lambda (return)
      (for-each (lambda (x) (if (negative? x) (return x))) lst)
      'none)))
(write (list (first-negative '(1 2 -3 4 -5)) (first-negative '(1 2)))) (newline)
;; expect: (-3 none)

;; A continuation invoked with several values delivers them all.
(write (call-with-values (lambda () (call/cc (lambda (k) (k 1 2 3)))) list)) (newline)
;; expect: (1 2 3)

;; A continuation reinvoked many times (multi-shot).
(define results '())
(define kk #f)
(define n (call/cc (lambda (k) (set! kk k) 0)))
(set! results (cons n results))
(if (< n 4) (kk (+ n 1)))
(write results) (newline)
;; expect: (4 3 2 1 0)
