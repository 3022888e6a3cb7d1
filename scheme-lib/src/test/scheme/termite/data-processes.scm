;; Termite's data held by processes: bags, dict?, dict-for-each, cells with Termite's
;; arguments, define-termite-type, spawn-output-port / spawn-input-port, make-uuid.
(define b (make-bag))
(bag-add! b 'x) (bag-add! b 'y) (bag-add! b 'x)
(display (list (bag? b) (bag-length b) (bag-member? b 'x) (bag-member? b 'z) (bag? 5))) (newline)
;; expect: (#t 2 #t #f #f)
(bag-remove! b 'y)
(display (bag->list b)) (newline)
;; expect: (x)
(bag-for-each (lambda (e) (display (list 'elt e))) b) (newline)
;; expect: (elt x)
(display (bag-search (lambda (e) (and (eq? e 'x) 'found)) b)) (newline)
;; expect: found

(define d (make-dict))
(dict-set! d 'a 1)
(display (list (dict? d) (dict? b) (dict? 'x) (bag? d))) (newline)
;; expect: (#t #f #f #f)
(dict-for-each (lambda (k v) (display (list k v))) d) (newline)
;; expect: (a 1)

;; cells: Termite's (make-cell name: n value) and (make-cell value name: n)
(define c (make-cell name: 'c 5))
(define c2 (make-cell 6 name: 'c2))
(define c3 (make-cell))
(display (list (cell-ref c) (cell-ref c2) (process-name c) (cell-empty? c3) (dict? c))) (newline)
;; expect: (5 6 c #t #f)
(cell-set! c3 'full)
(display (list (cell-empty? c3) (cell-ref c3))) (newline)
;; expect: (#f full)

(define-termite-type point id: 1c7b9a0e-point x y)
(define p (make-point 1 2))
(point-x-set! p 10)
(display (list (point? p) (point? 5) (point-x p) (point-y p))) (newline)
;; expect: (#t #f 10 2)
;; its fields are shared by every process that has it
(define me (self))
(spawn (lambda () (point-y-set! p 20) (! me 'set)))
(? 5)
(display (point-y p)) (newline)
;; expect: 20

;; a port served by a process
(define op (spawn-output-port (current-output-port)))
(! (termite-output-port-pid op) (lambda (port) (display "via the port process" port) (newline port) (! me 'written)))
(? 10)
;; expect: via the port process
(define ip (spawn-input-port (open-input-string "(1 2) hello")))
(display (!? (termite-input-port-pid ip) read)) (newline)
;; expect: (1 2)

(define u (make-uuid))
(display (list (symbol? u) (string-length (symbol->string u)) (eq? u (make-uuid)))) (newline)
;; expect: (#t 36 #f)

(define (show-error thunk)
  (display (with-exception-catcher error-object-message thunk)) (newline))
(show-error (lambda () (make-cell 1 2)))
;; expect: make-cell: more than one value:
(show-error (lambda () (make-cell colour: 'red)))
;; expect: make-cell: unknown keyword
(show-error (lambda () (spawn-output-port 5)))
;; expect: spawn-output-port: expected an output port, got
(show-error (lambda () (spawn-input-port (current-output-port))))
;; expect: spawn-input-port: expected an input port, got
