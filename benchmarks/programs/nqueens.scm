;;; nqueens: counts the placements of 8 queens by backtracking over lists, repeated.

(define (safe? col dist placed)
  (or (null? placed)
      (and (not (= (car placed) col))
           (not (= (car placed) (+ col dist)))
           (not (= (car placed) (- col dist)))
           (safe? col (+ dist 1) (cdr placed)))))

(define (count-queens n)
  (let place ((row 0) (placed '()))
    (if (= row n)
        1
        (let try ((col 0) (count 0))
          (if (= col n)
              count
              (try (+ col 1)
                   (if (safe? col 1 placed)
                       (+ count (place (+ row 1) (cons col placed)))
                       count)))))))

(define (repeat-queens n)
  (let loop ((i 0) (r 0))
    (if (= i n)
        r
        (loop (+ i 1) (count-queens 8)))))

(run-benchmark "nqueens" (lambda () (repeat-queens 800)))
