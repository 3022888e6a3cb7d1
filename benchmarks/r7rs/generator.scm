;;; generator: not in the suite (the issue asks for one). A generator made with call/cc walks a
;;; binary tree and hands out its leaves one at a time; the consumer and the generator each
;;; re-enter the other's captured continuation at every leaf, so every step captures two
;;; continuations and resumes two, from deep inside a non-tail recursion (the tree walk).
;;; same-fringe compares two trees of the same leaves built differently.
;;; Here: trees of 2^12 leaves, compared 300 times per iteration. Answer: the sum of the leaves,
;;; 8386560 (same-fringe returns it when the fringes are equal).

(define (make-generator tree)
  (define return #f)
  (define resume #f)
  (define (walk t)
    (if (pair? t)
        (begin (walk (car t)) (walk (cdr t)))
        (call-with-current-continuation
         (lambda (k)
           (set! resume k)
           (return t)))))
  (lambda ()
    (call-with-current-continuation
     (lambda (r)
       (set! return r)
       (if resume
           (resume #f)
           (begin
             (walk tree)
             (return 'done)))))))

;; A balanced tree of the leaves lo..hi-1, and one leaning left: same fringe, different shapes.
(define (balanced lo hi)
  (if (= (- hi lo) 1)
      lo
      (let ((mid (quotient (+ lo hi) 2)))
        (cons (balanced lo mid) (balanced mid hi)))))

(define (left-comb lo hi)
  (let loop ((t lo) (i (+ lo 1)))
    (if (= i hi) t (loop (cons t i) (+ i 1)))))

(define (same-fringe a b)
  (let ((ga (make-generator a))
        (gb (make-generator b)))
    (let loop ((sum 0))
      (let ((x (ga)) (y (gb)))
        (cond ((not (eqv? x y)) #f)
              ((eq? x 'done) sum)
              (else (loop (+ sum x))))))))

(define n 4096)
(define t1 (balanced 0 n))
(define t2 (left-comb 0 n))

(define (run times)
  (let loop ((i 0) (r #f))
    (if (= i times) r (loop (+ i 1) (same-fringe t1 t2)))))

(run-r7rs "generator" 1 (lambda () (run (hide 1 300))) (lambda (r) (eqv? r (quotient (* n (- n 1)) 2))))
