;;; Data held by processes, as in Termite: a dictionary and a cell are generic servers, so
;;; any process that has the pid may use them, on this node or (once pids travel) another.
;;; Updates are casts: they return at once, and a process that updates and then reads sees
;;; its own update, because messages from one sender arrive in order. Reads are calls.
;;; dict-update! and cell-update! run the procedure inside the holder, so the update is
;;; atomic; if it raises, the error is raised in the caller and the data is unchanged.

;;; Dictionaries: keys compared with equal?.

(define (make-dict #!key (name #f))
  (server:start %dict-plugin #f name: name))

(define (dict-ref dict key #!optional (default #f))
  (server:call dict (list 'ref key default) 'infinity))

;; Without a value, removes the key (Termite's convention).
(define (dict-set! dict key #!optional (value %absent))
  (server:cast dict (if (eq? value %absent) (list 'delete key) (list 'set key value))))

(define (dict-delete! dict key)
  (server:cast dict (list 'delete key)))

(define (dict->list dict)
  (server:call dict '(list) 'infinity))

(define (dict-length dict)
  (server:call dict '(length) 'infinity))

(define (dict-update! dict key proc #!optional (default #f))
  (%data-result (server:call dict (list 'update key proc default) 'infinity)))

;; These run in the caller, over a copy, so that proc cannot stop the dictionary.
(define (dict-for-each proc dict)
  (%for-each1 (lambda (entry) (proc (car entry) (cdr entry))) (dict->list dict)))

(define (dict-search proc dict)
  (let loop ((l (dict->list dict)))
    (and (pair? l)
         (or (proc (caar l) (cdar l)) (loop (cdr l))))))

(define %dict-plugin
  (make-server-plugin
   (lambda (args) (make-hash-table))
   (lambda (request table)
     (case (car request)
       ((ref) (values (hash-table-ref/default table (cadr request) (caddr request)) table))
       ((dict?) (values #t table))
       ((bag?) (values #f table))
       ((list) (values (hash-table->alist table) table))
       ((length) (values (hash-table-size table) table))
       ((update)
        (let* ((key (cadr request))
               (result (%data-apply (caddr request) (hash-table-ref/default table key (cadddr request)))))
          (if (eq? (car result) 'ok) (hash-table-set! table key (cadr result)))
          (values result table)))
       (else (error "dict: unknown request" request))))
   (lambda (message table)
     (case (car message)
       ((set) (hash-table-set! table (cadr message) (caddr message)))
       ((delete) (hash-table-delete! table (cadr message))))
     table)
   (lambda (reason table) #f)))

;;; Cells: one value, or empty.

(define %cell-empty (list 'empty))

;; Termite's (make-cell [name: n] [value]) as well as (make-cell [value] [name: n]).
(define (make-cell . args)
  (let loop ((args args) (name #f) (value %cell-empty))
    (cond ((null? args) (server:start %cell-plugin value name: name))
          ((and (eq? (car args) name:) (pair? (cdr args))) (loop (cddr args) (cadr args) value))
          ((keyword? (car args)) (error "make-cell: unknown keyword" (car args)))
          ((not (eq? value %cell-empty)) (error "make-cell: more than one value:" (car args)))
          (else (loop (cdr args) name (car args))))))

;; The value, or #!void when the cell is empty (as in Termite).
(define (cell-ref cell)
  (let ((v (server:call cell '(ref) 'infinity)))
    (if (pair? v) (car v) (void))))

(define (cell-set! cell value)
  (server:cast cell (list 'set value)))

(define (cell-empty! cell)
  (server:cast cell (list 'set %cell-empty)))

(define (cell-empty? cell)
  (null? (server:call cell '(ref) 'infinity)))

;; Replaces the value v with (proc v) and returns it; an empty cell gives proc #!void.
(define (cell-update! cell proc)
  (%data-result (server:call cell (list 'update proc) 'infinity)))

(define %cell-plugin
  (make-server-plugin
   (lambda (value) value)
   (lambda (request value)
     (case (car request)
       ((ref) (values (if (eq? value %cell-empty) '() (list value)) value))
       ((dict? bag?) (values #f value))
       ((update)
        (let ((result (%data-apply (cadr request) (if (eq? value %cell-empty) (void) value))))
          (values result (if (eq? (car result) 'ok) (cadr result) value))))
       (else (error "cell: unknown request" request))))
   (lambda (message value)
     (if (eq? (car message) 'set) (cadr message) value))
   (lambda (reason value) #f)))

;; (ok value) or (error condition): a failing procedure must not stop the holder.
(define (%data-apply proc value)
  (with-exception-catcher (lambda (e) (list 'error e)) (lambda () (list 'ok (proc value)))))

(define (%data-result result)
  (if (eq? (car result) 'ok) (cadr result) (raise (cadr result))))
