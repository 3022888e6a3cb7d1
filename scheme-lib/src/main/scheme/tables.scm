;;; The hash table procedures that take procedures (SRFI 69), over the primitive tables.

(define %missing (list 'missing))

(define (hash-table-ref table key . thunk)
  (let ((v (%hash-table-ref table key %missing)))
    (if (eq? v %missing)
        (if (pair? thunk)
            ((car thunk))
            (error "hash-table-ref: key not found:" key))
        (if (and (pair? thunk) (pair? (cdr thunk)))
            ((cadr thunk) v)
            v))))

(define (hash-table-update! table key f . thunk)
  (hash-table-set! table key (f (apply hash-table-ref table key thunk))))

(define (hash-table-update!/default table key f default)
  (hash-table-set! table key (f (hash-table-ref/default table key default))))

(define (hash-table-walk table f)
  (for-each (lambda (entry) (f (car entry) (cdr entry))) (hash-table->alist table)))

(define (hash-table-fold table kons knil)
  (fold (lambda (entry acc) (kons (car entry) (cdr entry) acc)) knil (hash-table->alist table)))

(define (table-for-each f table) (hash-table-walk table f))
