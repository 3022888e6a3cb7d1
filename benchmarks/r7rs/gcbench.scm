;;; gcbench: Boehm's GC benchmark: records in binary trees, built top down (mutating) and bottom
;;; up, while a long-lived tree and a vector of flonums stay alive. Suite: stretch depth 20, once.
;;; Here: depth 18. Answer: the number of nodes of the long-lived tree, checked, and the count of
;;; trees built.
;;; A node is a vector of five slots (a tag, left, right, i, j) rather than the suite's record
;;; type: Chez Scheme 9.5's define-record-type is R6RS's, not R7RS's.

(define (make-tnode l r) (vector 'tnode l r 0 0))
(define (make-empty-node) (make-tnode 0 0))
(define (tnode? x) (vector? x))
(define (tnode-left n) (vector-ref n 1))
(define (tnode-right n) (vector-ref n 2))
(define (tnode-left-set! n x) (vector-set! n 1 x))
(define (tnode-right-set! n x) (vector-set! n 2 x))

(define (tree-size i) (- (expt 2 (+ i 1)) 1))

(define (populate depth this)
  (if (> depth 0)
      (let ((depth (- depth 1)))
        (tnode-left-set! this (make-empty-node))
        (tnode-right-set! this (make-empty-node))
        (populate depth (tnode-left this))
        (populate depth (tnode-right this)))))

(define (make-tree depth)
  (if (<= depth 0)
      (make-empty-node)
      (make-tnode (make-tree (- depth 1)) (make-tree (- depth 1)))))

(define (count-nodes t)
  (if (tnode? t)
      (+ 1 (count-nodes (tnode-left t)) (count-nodes (tnode-right t)))
      0))

(define (gcbench stretch-depth)
  (let* ((long-lived-depth (- stretch-depth 2))
         (array-size (* 4 (tree-size long-lived-depth)))
         (min-depth 4)
         (max-depth long-lived-depth)
         (built 0))
    (define (num-iters depth)
      (quotient (* 2 (tree-size stretch-depth)) (tree-size depth)))
    (make-tree stretch-depth)
    (let ((long-lived (make-empty-node)))
      (populate long-lived-depth long-lived)
      (let ((array (make-vector array-size 0.0)))
        (do ((i 0 (+ i 1))) ((>= i (quotient array-size 2)))
          (vector-set! array i (/ 1.0 (inexact (+ i 1)))))
        (do ((depth min-depth (+ depth 2))) ((> depth max-depth))
          (let ((iters (num-iters depth)))
            (do ((i 0 (+ i 1))) ((>= i iters))
              (populate depth (make-empty-node)))
            (do ((i 0 (+ i 1))) ((>= i iters))
              (make-tree depth))
            (set! built (+ built (* 2 iters)))))
        (if (not (= (vector-ref array 1000) (/ 1.0 1001.0)))
            (error "gcbench: the long-lived array changed"))
        (list (count-nodes long-lived) built)))))

(run-r7rs "gcbench" 1 (lambda () (gcbench (hide 1 18)))
          (lambda (r) (equal? r (list 131071 89624))))
