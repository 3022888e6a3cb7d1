;;; The rest of Termite's data held by processes: bags, dict?, ports served by processes,
;;; make-uuid, and the process behind define-termite-type's objects.

;;; Bags: a set of elements (compared with equal?) held by a process.

(define (make-bag #!key (name #f))
  (server:start %bag-plugin #f name: name))

(define %bag-plugin
  (make-server-plugin
   (lambda (args) (make-hash-table))
   (lambda (request table)
     (case (car request)
       ((bag?) (values #t table))
       ((dict?) (values #f table))
       ((length) (values (hash-table-size table) table))
       ((member?) (values (hash-table-exists? table (cadr request)) table))
       ((list) (values (hash-table-keys table) table))
       (else (error "bag: unknown request" request))))
   (lambda (message table)
     (case (car message)
       ((add) (hash-table-set! table (cadr message) #t))
       ((remove) (hash-table-delete! table (cadr message))))
     table)
   (lambda (reason table) #f)))

;; Whether x is a bag: a process that answers as one within a second.
(define (bag? x) (%data-kind? x '(bag?)))
(define (bag-length bag) (server:call bag '(length) 'infinity))
(define (bag-add! bag elt) (server:cast bag (list 'add elt)))
(define (bag-remove! bag elt) (server:cast bag (list 'remove elt)))
(define (bag-member? bag elt) (server:call bag (list 'member? elt) 'infinity))
(define (bag->list bag) (server:call bag '(list) 'infinity))
;; These run in the caller, over a copy, so that proc cannot stop the bag.
(define (bag-for-each proc bag) (for-each proc (bag->list bag)))
(define (bag-search proc bag)
  (let loop ((l (bag->list bag)))
    (and (pair? l) (or (proc (car l)) (loop (cdr l))))))

;; Whether x is a dictionary of make-dict.
(define (dict? x) (%data-kind? x '(dict?)))

(define (%data-kind? x request)
  (and (pid? x)
       (with-exception-catcher
        (lambda (e) #f)
        (lambda () (eq? #t (server:call x request 1))))))

;;; Ports served by a process, usable from any process or node that has the pid.
;;; (! (termite-output-port-pid p) (lambda (port) (display "x" port))) runs the procedure
;;; on the port; an input port answers (from tag proc) with (tag (proc port)).

(define-type termite-output-port id: b0c30401-474c-4e83-94b4-d516e00fe363 unprintable: read-only: pid)
(define-type termite-input-port id: ebb22fcb-ca61-4765-9896-49e6716471c3 unprintable: read-only: pid)

(define (spawn-output-port port #!optional (serialize? #f))
  (if (not (output-port? port)) (error "spawn-output-port: expected an output port, got" port))
  (make-termite-output-port
   (spawn (lambda ()
            (let loop ()
              (recv (proc (where (procedure? proc)) (proc port) (force-output port))
                    (x (warning "unknown message sent to output port: " x)))
              (loop)))
          name: 'termite-output-port)))

(define (spawn-input-port port #!optional (serialize? #f))
  (if (not (input-port? port)) (error "spawn-input-port: expected an input port, got" port))
  (make-termite-input-port
   (spawn (lambda ()
            (let loop ()
              (recv ((from token proc) (where (procedure? proc)) (! from (list token (proc port))))
                    (x (warning "unknown message sent to input port: " x)))
              (loop)))
          name: 'termite-input-port)))

;; A random (version 4) UUID as a symbol, as Termite makes them.
(define (make-uuid)
  (define (hex n digits)
    (let ((s (string-upcase (number->string n 16))))
      (string-append (make-string (- digits (string-length s)) #\0) s)))
  (string->symbol
   (string-append (hex (random-integer 65536) 4) (hex (random-integer 65536) 4) "-"
                  (hex (random-integer 65536) 4) "-"
                  (hex (+ #x4000 (random-integer #x1000)) 4) "-"
                  (hex (+ #x8000 (random-integer #x4000)) 4) "-"
                  (hex (random-integer 65536) 4) (hex (random-integer 65536) 4)
                  (hex (random-integer 65536) 4))))

;;; define-termite-type's objects: a process holding a vector of fields.
(define (%termite-object-start name fields)
  (spawn (lambda ()
           (let loop ()
             (recv ((from tag ('ref i)) (! from (list tag (vector-ref fields i))))
                   (('set! i v) (vector-set! fields i v)))
             (loop)))
         name: name))

(define (%termite-object-ref pid i) (!? pid (list 'ref i)))
(define (%termite-object-set! pid i v) (! pid (list 'set! i v)))
