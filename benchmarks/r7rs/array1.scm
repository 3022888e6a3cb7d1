;;; array1: make a vector of n integers and copy it backwards into another; vector allocation and
;;; a fixnum loop. Suite: (go 500 1000000) once. Here: (go 40 1000000). Answer 1000000.

(define (create-x n)
  (define result (make-vector n))
  (do ((i 0 (+ i 1)))
      ((>= i n) result)
    (vector-set! result i i)))

(define (create-y x)
  (let* ((n (vector-length x))
         (result (make-vector n)))
    (do ((i (- n 1) (- i 1)))
        ((< i 0) result)
      (vector-set! result i (vector-ref x i)))))

(define (my-try n)
  (vector-length (create-y (create-x n))))

(define (go m n)
  (let loop ((repeat m) (result '()))
    (if (> repeat 0)
        (loop (- repeat 1) (my-try n))
        result)))

(run-r7rs "array1" 1 (lambda () (go (hide 1 40) (hide 1 1000000))) (lambda (r) (eqv? r 1000000)))
