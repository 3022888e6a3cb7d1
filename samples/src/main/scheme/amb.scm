;; Nondeterministic choice from first-class continuations. (amb choices) returns one of the choices;
;; when the program later calls (fail), the most recent choice that has alternatives left returns
;; again, with its next value. Each choice point is a continuation re-entered as many times as it has
;; values: this is backtracking search written as straight-line code.

(define choice-points '())

(define (fail)
  (if (null? choice-points)
      (error "amb: no more choices")
      (let ((retry (car choice-points)))
        (set! choice-points (cdr choice-points))
        (retry #f))))

(define (amb choices)
  (call/cc
   (lambda (return)
     (for-each (lambda (choice)
                 (call/cc (lambda (next)
                            (set! choice-points (cons next choice-points))
                            (return choice))))
               choices)
     (fail))))

(define (require condition)
  (if (not condition) (fail)))

;; Every value the search can produce: after each one, fail on purpose to get the next.
(define (all-values search)
  (let ((results '())
        (outer choice-points))
    (call/cc
     (lambda (done)
       (set! choice-points (list (lambda (ignored) (done #f))))
       (let ((value (search)))
         (set! results (cons value results))
         (fail))))
    (set! choice-points outer)
    (reverse results)))

(define (range low high)
  (if (> low high) '() (cons low (range (+ low 1) high))))

(define (distinct? items)
  (cond ((null? items) #t)
        ((member (car items) (cdr items)) #f)
        (else (distinct? (cdr items)))))

;; SICP's multiple-dwelling puzzle: five people on five floors.
(define (multiple-dwelling)
  (let* ((floors (range 1 5))
         (baker (amb floors))
         (cooper (amb floors))
         (fletcher (amb floors))
         (miller (amb floors))
         (smith (amb floors)))
    (require (distinct? (list baker cooper fletcher miller smith)))
    (require (not (= baker 5)))
    (require (not (= cooper 1)))
    (require (not (memv fletcher '(1 5))))
    (require (> miller cooper))
    (require (not (= (abs (- smith fletcher)) 1)))
    (require (not (= (abs (- fletcher cooper)) 1)))
    (list (list 'baker baker) (list 'cooper cooper) (list 'fletcher fletcher)
          (list 'miller miller) (list 'smith smith))))

(display (multiple-dwelling))
(newline)

;; Pythagorean triples a <= b <= c <= 20.
(define (triple n)
  (let* ((a (amb (range 1 n)))
         (b (amb (range a n)))
         (c (amb (range b n))))
    (require (= (+ (* a a) (* b b)) (* c c)))
    (list a b c)))

(display (all-values (lambda () (triple 20))))
(newline)
