;;; chudnovsky: digits of pi by the Chudnovsky series with binary splitting: exact integer
;;; (bignum) multiplication, quotient and exact-integer-sqrt. Suite: (pies 50 500 50) 1000 times.
;;; Here: the same. Answer: pi to 50, 100, ..., 500 digits, each the truncation of the last.

(define ch-a 13591409)
(define ch-b 545140134)
(define ch-c 640320)
(define ch-c^3 (expt 640320 3))
(define ch-d 12)

;; Binary splitting over the terms a..b-1: returns (g p q).
(define (ch-split a b)
  (if (= 1 (- b a))
      (let ((g (* (- (* 6 b) 5) (- (* 2 b) 1) (- (* 6 b) 1))))
        (list g
              (quotient (* ch-c^3 (expt b 3)) 24)
              (* (expt -1 b) g (+ (* b ch-b) ch-a))))
      (let* ((mid (quotient (+ a b) 2))
             (left (ch-split a mid))
             (right (ch-split mid b))
             (g1 (car left)) (p1 (cadr left)) (q1 (caddr left))
             (g2 (car right)) (p2 (cadr right)) (q2 (caddr right)))
        (list (* g1 g2)
              (* p1 p2)
              (+ (* q1 p2) (* q2 g1))))))

(define (isqrt x)
  (call-with-values (lambda () (exact-integer-sqrt x)) (lambda (s r) s)))

;; pi * 10^digits, truncated.
(define (pi-digits digits)
  (let* ((terms (exact (floor (+ 2 (/ digits 14.181647462)))))
         (sqrt-c (isqrt (* ch-c (expt 100 digits))))
         (gpq (ch-split 0 terms))
         (p (cadr gpq))
         (q (caddr gpq)))
    (quotient (* p ch-c sqrt-c) (* ch-d (+ q (* p ch-a))))))

(define (pies n m s)
  (if (< m n)
      '()
      (cons (pi-digits n) (pies (+ n s) m s))))

(define pi500
  (string->number
   (string-append
    "3141592653589793238462643383279502884197169399375105820974944592307816406286"
    "2089986280348253421170679821480865132823066470938446095505822317253594081284"
    "8111745028410270193852110555964462294895493038196442881097566593344612847564"
    "8233786783165271201909145648566923460348610454326648213393607260249141273724"
    "5870066063155881748815209209628292540917153643678925903600113305305488204665"
    "2138414695194151160943305727036575959195309218611738193261179310511854807446"
    "237996274956735188575272489122793818301194912")))

(define (ok? r)
  (let loop ((r r) (n 50))
    (or (and (null? r) (= n 550))
        (and (pair? r)
             (= (car r) (quotient pi500 (expt 10 (- 500 n))))
             (loop (cdr r) (+ n 50))))))

(run-r7rs "chudnovsky" 1000 (lambda () (pies (hide 1000 50) (hide 1000 500) (hide 1000 50))) ok?)
