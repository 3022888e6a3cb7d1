;; Processes as abstractions, after Termite's paper: mutable data held by a process. Only the process
;; touches the state; everyone else sends it messages, so the data is safe to share between processes
;; (and, later, between nodes).

;; A mutable cell.
(define (make-cell content)
  (spawn
    (let loop ((content content))
      (recv
        ((from tag 'ref)
         (! from (list tag content))
         (loop content))
        (('set! new-content)
         (loop new-content))))))

(define (cell-ref cell) (!? cell 'ref))
(define (cell-set! cell value) (! cell (list 'set! value)))

(define c (make-cell 0))
(display (cell-ref c)) (newline)
(cell-set! c 42)
;; Messages from one sender arrive in order, so the ref sees the set! sent before it.
(display (cell-ref c)) (newline)

;; A counter shared by ten processes, each adding one a hundred times. The increment is a message the
;; cell's own process handles, so no update is lost.
(define (make-counter)
  (spawn
    (let loop ((n 0))
      (recv
        (('add k) (loop (+ n k)))
        ((from tag 'ref) (! from (list tag n)) (loop n))))))

(define counter (make-counter))
(define me (self))
(define workers
  (map (lambda (i)
         (spawn (begin
                  (do ((k 0 (+ k 1))) ((= k 100)) (! counter '(add 1)))
                  (! me (list 'done i)))))
       '(1 2 3 4 5 6 7 8 9 10)))
(for-each (lambda (i) (recv (('done ,i) #t))) '(1 2 3 4 5 6 7 8 9 10))
(display (!? counter 'ref)) (newline)

;; A pair held by a process: car, cdr, and the mutators, all as messages.
(define (pcons a d)
  (spawn
    (let loop ((a a) (d d))
      (recv
        ((from tag 'car) (! from (list tag a)) (loop a d))
        ((from tag 'cdr) (! from (list tag d)) (loop a d))
        (('set-car! x) (loop x d))
        (('set-cdr! x) (loop a x))))))

(define (pcar p) (!? p 'car))
(define (pcdr p) (!? p 'cdr))
(define (pset-car! p x) (! p (list 'set-car! x)))

;; A list of process pairs, walked like a list.
(define (plist . items)
  (if (null? items) '() (pcons (car items) (apply plist (cdr items)))))
(define (plist->list p)
  (if (null? p) '() (cons (pcar p) (plist->list (pcdr p)))))

(define l (plist 'a 'b 'c))
(pset-car! (pcdr l) 'B)
(display (plist->list l)) (newline)
