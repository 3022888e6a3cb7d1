;;; paraffins: count the paraffin isomers C(n)H(2n+2) by generating every radical of each size
;;; (vectors in lists) and every bicentred and centred paraffin: allocation of many small vectors
;;; and pairs. Suite: (nb 23) 10 times. Here: (nb 20) 10 times, a smaller input so that all
;;; implementations fit their default heaps. Answer 366319 (OEIS A000602).
;;; Written here with one enumerator for the suite's nested loops (same radicals, same order of
;;; work: each multiset of radicals made once, smaller sizes first).

;; Conses (make chosen) onto lst for each way to choose one radical of each size in sizes, sizes
;; nondecreasing; where a size repeats, the next choice is taken from the rest of the same list,
;; so every multiset is made exactly once.
(define (choices radicals sizes make lst)
  (let loop ((sizes sizes) (prev-size -1) (prev-rads '()) (chosen '()) (lst lst))
    (if (null? sizes)
        (cons (make (reverse chosen)) lst)
        (let walk ((rads (if (= (car sizes) prev-size)
                             prev-rads
                             (vector-ref radicals (car sizes))))
                   (lst lst))
          (if (null? rads)
              lst
              (walk (cdr rads)
                    (loop (cdr sizes) (car sizes) rads (cons (car rads) chosen) lst)))))))

(define (three-partitions m)
  (let loop1 ((lst '()) (nc1 (quotient m 3)))
    (if (< nc1 0)
        lst
        (let loop2 ((lst lst) (nc2 (quotient (- m nc1) 2)))
          (if (< nc2 nc1)
              (loop1 lst (- nc1 1))
              (loop2 (cons (list nc1 nc2 (- m (+ nc1 nc2))) lst) (- nc2 1)))))))

(define (four-partitions m)
  (let loop1 ((lst '()) (nc1 (quotient m 4)))
    (if (< nc1 0)
        lst
        (let loop2 ((lst lst) (nc2 (quotient (- m nc1) 3)))
          (if (< nc2 nc1)
              (loop1 lst (- nc1 1))
              (let ((start (max nc2 (- (quotient (+ m 1) 2) (+ nc1 nc2)))))
                (let loop3 ((lst lst) (nc3 (quotient (- m (+ nc1 nc2)) 2)))
                  (if (< nc3 start)
                      (loop2 lst (- nc2 1))
                      (loop3 (cons (list nc1 nc2 nc3 (- m (+ nc1 nc2 nc3))) lst)
                             (- nc3 1))))))))))

(define (gen n)
  (let* ((n/2 (quotient n 2))
         (radicals (make-vector (+ n/2 1) '(H))))
    (define (over-partitions parts make)
      (let loop ((ps parts) (lst '()))
        (if (null? ps)
            lst
            (loop (cdr ps) (choices radicals (car ps) make lst)))))
    (define (rads-of-size k)
      (over-partitions (three-partitions (- k 1))
                       (lambda (rs) (vector 'C (car rs) (cadr rs) (caddr rs)))))
    (define (bcp-generator j)
      (if (odd? j)
          '()
          (choices radicals (list (quotient j 2) (quotient j 2))
                   (lambda (rs) (vector 'BCP (car rs) (cadr rs)))
                   '())))
    (define (ccp-generator j)
      (over-partitions (four-partitions (- j 1))
                       (lambda (rs) (vector 'CCP (car rs) (cadr rs) (caddr rs) (cadddr rs)))))
    (do ((i 1 (+ i 1)))
        ((> i n/2) (vector (bcp-generator n) (ccp-generator n)))
      (vector-set! radicals i (rads-of-size i)))))

(define (nb n)
  (let ((x (gen n)))
    (+ (length (vector-ref x 0)) (length (vector-ref x 1)))))

(run-r7rs "paraffins" 10 (lambda () (nb (hide 10 20))) (lambda (r) (eqv? r 366319)))
