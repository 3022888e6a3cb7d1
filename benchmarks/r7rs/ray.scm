;;; ray: a ray tracer of spheres (flonum arithmetic, sqrt, small vectors as points, closures
;;; over the world list). Suite: a 100x100 image written to a file, 50 times. Here: the same image,
;;; 5 times, summed into a checksum instead of written (no file I/O in the timing).
;;; Answer: the sum of the pixel values.

(define (make-point x y z) (vector x y z))
(define (point-x p) (vector-ref p 0))
(define (point-y p) (vector-ref p 1))
(define (point-z p) (vector-ref p 2))

(define (sq x) (* x x))
(define (mag x y z) (sqrt (+ (sq x) (sq y) (sq z))))
(define (unit-vector x y z)
  (let ((d (mag x y z)))
    (make-point (/ x d) (/ y d) (/ z d))))
(define (distance p1 p2)
  (mag (- (point-x p1) (point-x p2))
       (- (point-y p1) (point-y p2))
       (- (point-z p1) (point-z p2))))

;; The smaller root of a x^2 + b x + c, or #f.
(define (minroot a b c)
  (if (zero? a)
      (/ (- c) b)
      (let ((disc (- (sq b) (* 4.0 a c))))
        (if (negative? disc)
            #f
            (let ((discrt (sqrt disc))
                  (minus-b (- b))
                  (two-a (* 2.0 a)))
              (min (/ (+ minus-b discrt) two-a)
                   (/ (- minus-b discrt) two-a)))))))

(define world '())
(define eye (make-point 0.0 0.0 200.0))

(define (make-sphere color radius center) (vector color radius center))
(define (sphere-color s) (vector-ref s 0))
(define (sphere-radius s) (vector-ref s 1))
(define (sphere-center s) (vector-ref s 2))

(define (defsphere x y z r c)
  (set! world (cons (make-sphere c r (make-point x y z)) world)))

(define (sphere-intersect s pt ray)
  (let* ((xr (point-x ray)) (yr (point-y ray)) (zr (point-z ray))
         (c (sphere-center s))
         (dx (- (point-x pt) (point-x c)))
         (dy (- (point-y pt) (point-y c)))
         (dz (- (point-z pt) (point-z c)))
         (n (minroot (+ (sq xr) (sq yr) (sq zr))
                     (* 2.0 (+ (* dx xr) (* dy yr) (* dz zr)))
                     (+ (sq dx) (sq dy) (sq dz) (- (sq (sphere-radius s)))))))
    (and n
         (make-point (+ (point-x pt) (* n xr))
                     (+ (point-y pt) (* n yr))
                     (+ (point-z pt) (* n zr))))))

(define (sphere-normal s pt)
  (let ((c (sphere-center s)))
    (unit-vector (- (point-x c) (point-x pt))
                 (- (point-y c) (point-y pt))
                 (- (point-z c) (point-z pt)))))

;; The nearest sphere the ray hits and where, as a vector (sphere point), or #(#f #f).
(define (first-hit pt ray)
  (let loop ((lst world) (surface #f) (hit #f) (dist 1e308))
    (if (null? lst)
        (vector surface hit)
        (let* ((s (car lst))
               (h (sphere-intersect s pt ray)))
          (if h
              (let ((d (distance h pt)))
                (if (< d dist)
                    (loop (cdr lst) s h d)
                    (loop (cdr lst) surface hit dist)))
              (loop (cdr lst) surface hit dist))))))

(define (lambert s int ray)
  (let ((n (sphere-normal s int)))
    (max 0.0 (+ (* (point-x ray) (point-x n))
                (* (point-y ray) (point-y n))
                (* (point-z ray) (point-z n))))))

(define (sendray pt ray)
  (let* ((x (first-hit pt ray))
         (s (vector-ref x 0))
         (int (vector-ref x 1)))
    (if s
        (* (lambert s int ray) (sphere-color s))
        0.0)))

(define (color-at x y)
  (let ((ray (unit-vector (- x (point-x eye)) (- y (point-y eye)) (- (point-z eye)))))
    (exact (round (* (sendray eye ray) 255.0)))))

(define (trace res)
  (let ((extent (* res 100)))
    (let loop ((y 0) (x 0) (sum 0))
      (cond ((= y extent) sum)
            ((= x extent) (loop (+ y 1) 0 sum))
            (else (loop y (+ x 1)
                        (+ sum (color-at (+ -50.0 (/ (inexact x) (inexact res)))
                                         (+ -50.0 (/ (inexact y) (inexact res)))))))))))

(define (ray-test res)
  (set! world '())
  (defsphere 0.0 -300.0 -1200.0 200.0 0.8)
  (defsphere -80.0 -150.0 -1200.0 200.0 0.7)
  (defsphere 70.0 -100.0 -1200.0 200.0 0.9)
  (do ((x -2 (+ x 1))) ((> x 2))
    (do ((z 2 (+ z 1))) ((> z 7))
      (defsphere (* (inexact x) 200.0) 300.0 (* (inexact z) -400.0) 40.0 0.75)))
  (trace res))

(run-r7rs "ray" 5 (lambda () (ray-test (hide 5 1))) (lambda (r) (eqv? r 767834)))
