;; Derived expression forms: cond (=> and else), case (=> and lists of data), and, or, when, unless, do.
(define (classify x)
  (cond ((assv x '((1 . one) (2 . two))) => cdr)
        ((> x 10) 'big)
        (else 'other)))
(write (map classify '(1 2 50 5))) (newline)
;; expect: (one two big other)

;; cond clause with only a test returns the test's value.
(write (cond ((memq 'c '(a b c d))) (else 'no))) (newline)
;; expect: (c d)

(define (kind c)
  (case c
    ((#\a #\e #\i #\o #\u) 'vowel)
    ((#\space #\newline) 'blank)
    (else => (lambda (x) (if (char-alphabetic? x) 'consonant 'other)))))
(write (map kind (string->list "a b!"))) (newline)
;; expect: (vowel blank consonant other)
(write (case (* 2 3) ((2 3 5 7) 'prime) ((1 4 6 8 9) => (lambda (n) (list 'composite n))))) (newline)
;; expect: (composite 6)
(write (case 'x ((a) 1) ((x y) 2) (else 3))) (newline)
;; expect: 2

(write (list (and) (and 1 2) (and 1 #f 3) (or) (or #f 2) (or #f #f))) (newline)
;; expect: (#t 2 #f #f 2 #f)

(write (list (when (> 1 0) 'a 'b) (unless (< 1 0) 'c))) (newline)
;; expect: (b c)

(write (do ((vec (make-vector 5))
            (i 0 (+ i 1)))
           ((= i 5) vec)
         (vector-set! vec i i)))
(newline)
;; expect: #(0 1 2 3 4)
(write (let ((x '(1 3 5 7 9)))
         (do ((x x (cdr x))
              (sum 0 (+ sum (car x))))
             ((null? x) sum))))
(newline)
;; expect: 25

;; case with symbols and numbers uses eqv?.
(write (case 2.0 ((2) 'exact) ((2.0) 'inexact) (else 'none))) (newline)
;; expect: inexact
