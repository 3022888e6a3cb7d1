;;; The rest of SRFI 1 (the list library) over the primitives and lists.scm. The linear-update
;;; procedures (take!, filter!, ...) may reuse their argument's pairs; here they are the pure ones.

(define (xcons a b) (cons b a))

(define (list-tabulate n init)
  (let loop ((i (- n 1)) (acc '()))
    (if (< i 0) acc (loop (- i 1) (cons (init i) acc)))))

(define (circular-list x . xs)
  (let ((l (cons x xs)))
    (set-cdr! (last-pair l) l)
    l))

(define (car+cdr p) (values (car p) (cdr p)))

(define (split-at l k) (values (take l k) (drop l k)))

(define (append-reverse rev-head tail)
  (if (null? rev-head) tail (append-reverse (cdr rev-head) (cons (car rev-head) tail))))

(define (proper-list? x) (list? x))

(define (circular-list? x)
  (let loop ((slow x) (fast x))
    (and (pair? fast)
         (let ((fast (cdr fast)))
           (and (pair? fast)
                (let ((fast (cdr fast)) (slow (cdr slow)))
                  (or (eq? fast slow) (loop slow fast))))))))

(define (dotted-list? x) (not (or (list? x) (circular-list? x))))

(define (null-list? l)
  (cond ((pair? l) #f)
        ((null? l) #t)
        (else (error "null-list?: expected a list, got" l))))

(define (not-pair? x) (not (pair? x)))

(define (list= elt= . lists)
  (define (same? a b)
    (cond ((null? a) (null? b))
          ((null? b) #f)
          (else (and (elt= (car a) (car b)) (same? (cdr a) (cdr b))))))
  (or (null? lists)
      (let loop ((ls lists))
        (or (null? (cdr ls))
            (and (same? (car ls) (cadr ls)) (loop (cdr ls)))))))

(define (unfold stop? mapper successor seed . tail-gen)
  (let loop ((seed seed) (acc '()))
    (if (stop? seed)
        (append-reverse acc (if (pair? tail-gen) ((car tail-gen) seed) '()))
        (loop (successor seed) (cons (mapper seed) acc)))))

(define (unfold-right stop? mapper successor seed . tail)
  (let loop ((seed seed) (acc (if (pair? tail) (car tail) '())))
    (if (stop? seed)
        acc
        (loop (successor seed) (cons (mapper seed) acc)))))

(define (pair-for-each f l)
  (let loop ((l l))
    (if (pair? l)
        (let ((next (cdr l)))
          (f l)
          (loop next)))))

(define (pair-fold kons knil l)
  (let loop ((l l) (acc knil))
    (if (pair? l)
        (let ((next (cdr l)))
          (loop next (kons l acc)))
        acc)))

(define (pair-fold-right kons knil l)
  (if (pair? l) (kons l (pair-fold-right kons knil (cdr l))) knil))

(define (map-in-order f l . ls)
  (if (null? ls)
      (let loop ((l l) (acc '()))
        (if (pair? l) (loop (cdr l) (cons (f (car l)) acc)) (reverse acc)))
      (let loop ((lists (cons l ls)) (acc '()))
        (if (%all-pairs? lists)
            (loop (%cdrs lists) (cons (apply f (%cars lists)) acc))
            (reverse acc)))))

(define (take-while pred l)
  (let loop ((l l) (acc '()))
    (if (and (pair? l) (pred (car l)))
        (loop (cdr l) (cons (car l) acc))
        (reverse acc))))

(define (drop-while pred l)
  (if (and (pair? l) (pred (car l))) (drop-while pred (cdr l)) l))

(define (span pred l)
  (let loop ((l l) (acc '()))
    (if (and (pair? l) (pred (car l)))
        (loop (cdr l) (cons (car l) acc))
        (values (reverse acc) l))))

(define (break pred l) (span (lambda (x) (not (pred x))) l))

(define (alist-cons key value alist) (cons (cons key value) alist))

(define (alist-copy alist)
  (map (lambda (entry) (if (pair? entry) (cons (car entry) (cdr entry)) entry)) alist))

(define (alist-delete key alist . eq)
  (let ((same? (if (pair? eq) (car eq) equal?)))
    (filter (lambda (entry) (not (same? key (car entry)))) alist)))

(define (%lset-member? = x l)
  (any (lambda (y) (= y x)) l))

(define (lset-adjoin = l . elts)
  (fold (lambda (x acc) (if (%lset-member? = x acc) acc (cons x acc))) l elts))

(define (lset-union = . lists)
  (if (null? lists)
      '()
      (fold (lambda (l acc)
              (fold (lambda (x acc) (if (%lset-member? = x acc) acc (cons x acc))) acc l))
            (car lists)
            (cdr lists))))

(define (lset-intersection = l . lists)
  (filter (lambda (x) (every (lambda (other) (%lset-member? = x other)) lists)) l))

(define (lset-difference = l . lists)
  (filter (lambda (x) (not (any (lambda (other) (%lset-member? = x other)) lists))) l))

(define (lset-xor = . lists)
  (fold (lambda (b a)
          (append (lset-difference = a b) (lset-difference = b a)))
        '()
        lists))

(define (lset<= = . lists)
  (or (null? lists)
      (let loop ((ls lists))
        (or (null? (cdr ls))
            (and (every (lambda (x) (%lset-member? = x (cadr ls))) (car ls))
                 (loop (cdr ls)))))))

(define (lset= = . lists)
  (or (null? lists)
      (let loop ((ls lists))
        (or (null? (cdr ls))
            (and (every (lambda (x) (%lset-member? = x (cadr ls))) (car ls))
                 (every (lambda (x) (%lset-member? = x (car ls))) (cadr ls))
                 (loop (cdr ls)))))))

(define take! take)
(define drop-right! drop-right)
(define split-at! split-at)
(define append-reverse! append-reverse)
(define append-map! append-map)
(define take-while! take-while)
(define span! span)
(define break! break)
(define filter! filter)
(define remove! remove)
(define partition! partition)
(define delete-duplicates! delete-duplicates)
(define alist-delete! alist-delete)
