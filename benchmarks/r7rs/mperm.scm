;;; mperm: a memory-system benchmark. Every permutation of (1 ... n) as a list, made by Zaks's
;;; pancake flips (reverse the first k elements, sharing the rest with the previous permutation), so
;;; the lists of one generation share most of their pairs; a queue of two generations, the older one
;;; dropped at each step, so that pairs die at ages spread uniformly over one generation. Suite:
;;; M:N:K:L = 20:10:2:1 once. Here: 20:9:2:1 once. Answer: the sum over all permutations of their
;;; elements, n(n+1)/2 * n!, and the newest two generations agree.

(define (permutations n)
  (let ((current (iota-from-1 n))
        (all '()))
    (define (flip k)
      ;; the first k elements of current, reversed, in front of the rest (shared)
      (let rev ((from current) (k k) (acc (drop current k)))
        (if (= k 0)
            (set! current acc)
            (rev (cdr from) (- k 1) (cons (car from) acc))))
      (set! all (cons current all)))
    (define (generate k)
      (if (> k 1)
          (begin
            (do ((t (- k 1) (- t 1)))
                ((= t 0))
              (generate (- k 1))
              (flip k))
            (generate (- k 1)))))
    (set! all (list current))
    (generate n)
    all))

(define (drop l k)
  (if (= k 0) l (drop (cdr l) (- k 1))))

(define (iota-from-1 n)
  (let loop ((i n) (l '()))
    (if (= i 0) l (loop (- i 1) (cons i l)))))

(define (sum-of-sums lists)
  (let outer ((ls lists) (total 0))
    (if (null? ls)
        total
        (outer (cdr ls)
               (let inner ((l (car ls)) (t total))
                 (if (null? l) t (inner (cdr l) (+ t (car l)))))))))

(define (factorial n)
  (if (= n 0) 1 (* n (factorial (- n 1)))))

;; m steps; each makes a fresh generation into the queue's last slot and shifts the rest forward
;; by l, so the oldest l generations become garbage.
(define (mperm m n k l)
  (let ((queue (make-vector k '())))
    (do ((i 0 (+ i 1)))
        ((= i (- k l)))
      (vector-set! queue i (permutations n)))
    (do ((step 0 (+ step 1)))
        ((= step m) queue)
      (do ((i (- k l) (+ i 1)))
          ((= i k))
        (vector-set! queue i (permutations n)))
      (do ((i 0 (+ i 1)))
          ((= i k))
        (vector-set! queue i (if (< (+ i l) k) (vector-ref queue (+ i l)) '()))))))

(define n 9)

(run-r7rs "mperm" 1
          (lambda () (mperm (hide 1 20) (hide 1 n) 2 1))
          (lambda (q)
            (let ((newest (vector-ref q 0)))
              (and (pair? newest)
                   (= (length newest) (factorial n))
                   (= (sum-of-sums newest) (/ (* n (+ n 1) (factorial n)) 2))))))
