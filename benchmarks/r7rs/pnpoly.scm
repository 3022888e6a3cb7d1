;;; pnpoly: is a point inside a polygon? The crossing-number test (a ray from the point crosses the
;;; polygon's edges an odd number of times when it is inside) on flonum vectors, for twelve points
;;; against one 20-vertex polygon. Suite: 1,000,000 times. Here: 300,000 times. Answer 6.

(define (inside? xs ys x y)
  ;; Walks the edges (j, i) with j the vertex before i, wrapping around; flips the answer at each
  ;; edge that straddles the horizontal line through the point to the right of it.
  (let walk ((i 0) (j (- (vector-length xs) 1)) (in #f))
    (if (= i (vector-length xs))
        in
        (let ((xi (vector-ref xs i)) (yi (vector-ref ys i))
              (xj (vector-ref xs j)) (yj (vector-ref ys j)))
          (walk (+ i 1) i
                (if (and (not (eq? (> yi y) (> yj y)))
                         (< x (+ xi (/ (* (- xj xi) (- y yi)) (- yj yi)))))
                    (not in)
                    in))))))

(define points
  '((.5 . .5) (.5 . 1.5) (-.5 . 1.5) (.75 . 2.25) (0. . 2.01) (-.5 . 2.5)
    (-1. . -.5) (-1.5 . .5) (-2.25 . -1.) (.5 . -.25) (.5 . -1.25) (-.5 . -2.5)))

(define (count-inside xs ys)
  (let loop ((ps points) (n 0))
    (if (null? ps)
        n
        (loop (cdr ps) (if (inside? xs ys (car (car ps)) (cdr (car ps))) (+ n 1) n)))))

(define polygon-xs
  (vector 0. 1. 1. 0. 0. 1. -.5 -1. -1. -2. -2.5 -2. -1.5 -.5 1. 1. 0. -.5 -1. -.5))
(define polygon-ys
  (vector 0. 0. 1. 1. 2. 3. 2. 3. 0. -.5 -1. -1.5 -2. -2. -1.5 -1. -.5 -1. -1. -.5))

(run-r7rs "pnpoly" 300000
          (lambda () (count-inside (hide 300000 polygon-xs) (hide 300000 polygon-ys)))
          (lambda (r) (eqv? r 6)))
