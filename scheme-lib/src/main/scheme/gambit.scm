;;; Gambit's and the SRFIs' conveniences that take procedures or ports: SRFI 28 format, pp, read-all,
;;; table-search, table-update!, the rest of SRFI 69 and SRFI 95.

;; SRFI 28 (format "~a" x), and also the destination-first form that Gambit and SRFI 48 code writes:
;; (format #f ...) returns a string, (format #t ...) writes to the current output port, (format port ...).
(define (format first . rest)
  (cond ((string? first) (%format-string first rest))
        ((eq? first #f) (%format-string (%format-control rest) (cdr rest)))
        ((eq? first #t) (display (%format-string (%format-control rest) (cdr rest))))
        ((output-port? first) (display (%format-string (%format-control rest) (cdr rest)) first))
        (else (error "format: expected a format string or a destination, got" first))))

(define (%format-control rest)
  (if (and (pair? rest) (string? (car rest)))
      (car rest)
      (error "format: expected a format string after the destination")))

(define (%format-string control args)
  (let ((out (open-output-string))
        (n (string-length control)))
    (define (next-arg directive)
      (if (null? args)
          (error "format: no argument left for directive" directive control)
          (let ((a (car args)))
            (set! args (cdr args))
            a)))
    (let loop ((i 0))
      (cond ((= i n)
             (if (pair? args)
                 (error "format: more arguments than directives in" control)
                 (get-output-string out)))
            ((and (char=? (string-ref control i) #\~) (< (+ i 1) n))
             (let ((d (char-downcase (string-ref control (+ i 1)))))
               (case d
                 ((#\a) (display (next-arg "~a") out))
                 ((#\s) (write (next-arg "~s") out))
                 ((#\d) (display (number->string (next-arg "~d") 10) out))
                 ((#\b) (display (number->string (next-arg "~b") 2) out))
                 ((#\o) (display (number->string (next-arg "~o") 8) out))
                 ((#\x) (display (number->string (next-arg "~x") 16) out))
                 ((#\% #\n) (newline out))
                 ((#\~) (write-char #\~ out))
                 (else (error "format: unknown directive" (string #\~ (string-ref control (+ i 1))))))
               (loop (+ i 2))))
            ((char=? (string-ref control i) #\~)
             (error "format: a format string cannot end with ~" control))
            (else (write-char (string-ref control i) out) (loop (+ i 1)))))))

;; Gambit's pp: writes a datum so that a long list breaks over lines, each element under the first.
(define (pretty-print obj #!optional (port (current-output-port)))
  (%pp obj 0 port)
  (newline port))

(define pp pretty-print)

(define %pp-width 79)

(define (%pp x column port)
  (let ((flat (object->string x)))
    (if (or (<= (+ column (string-length flat)) %pp-width) (not (list? x)) (null? x))
        (display flat port)
        (let ((head (car x)))
          (display "(" port)
          (if (and (symbol? head) (pair? (cdr x)))
              ;; (head first-argument
              ;;   the rest under the head, indented by 2)
              (let ((name (symbol->string head)))
                (display name port)
                (display " " port)
                (%pp (cadr x) (+ column 2 (string-length name)) port)
                (%pp-rest (cddr x) (+ column 2) port))
              (begin
                (%pp head (+ column 1) port)
                (%pp-rest (cdr x) (+ column 1) port)))
          (display ")" port)))))

(define (%pp-rest items column port)
  (for-each (lambda (item)
              (newline port)
              (display (make-string column #\space) port)
              (%pp item column port))
            items))

(define (read-all #!optional (port (current-input-port)) (reader read))
  (let loop ((acc '()))
    (let ((x (reader port)))
      (if (eof-object? x) (reverse acc) (loop (cons x acc))))))

;; Gambit: the first true value of (proc key value) over a table's entries, or #f.
(define (table-search proc table)
  (let loop ((entries (table->list table)))
    (and (pair? entries)
         (or (proc (caar entries) (cdar entries))
             (loop (cdr entries))))))

(define (table-update! table key proc #!optional (get-default #f))
  (let ((v (table-ref table key %missing)))
    (table-set! table key
                (proc (if (eq? v %missing)
                          (if get-default
                              (get-default)
                              (error "table-update!: key not found:" key))
                          v)))))

(define (hash-table-merge! table1 table2)
  (hash-table-walk table2 (lambda (key value) (hash-table-set! table1 key value)))
  table1)

(define (string-ci-hash s . bound) (apply string-hash (string-foldcase s) bound))

(define (sorted? seq less?)
  (let ((l (if (vector? seq) (vector->list seq) seq)))
    (or (null? l)
        (let loop ((prev (car l)) (rest (cdr l)))
          (or (null? rest)
              (and (not (less? (car rest) prev))
                   (loop (car rest) (cdr rest))))))))

(define merge! merge)

;; Gambit's (print [port: port] obj ...): displays each object; println adds a newline.
(define (print . args) (%print "print" args #f))
(define (println . args) (%print "println" args #t))

(define (%print who args newline?)
  (let ((port (if (and (pair? args) (eq? (car args) port:))
                  (if (and (pair? (cdr args)) (output-port? (cadr args)))
                      (cadr args)
                      (error (string-append who ": port: needs an output port")))
                  (current-output-port)))
        (objects (if (and (pair? args) (eq? (car args) port:)) (cddr args) args)))
    (for-each (lambda (x) (display x port)) objects)
    (if newline? (newline port))))

;; SRFI 27's names, as Termite's benchmarks and uuid.scm use them. Every random source draws
;; from the one generator behind random-integer and random-real; randomizing is a no-op,
;; since that generator is seeded differently in every run already.
(define-type random-source id: termite-random-source)
(define default-random-source (make-random-source))
(define (random-source-randomize! s)
  (if (not (random-source? s)) (error "random-source-randomize!: expected a random source, got" s)))
(define (random-source-pseudo-randomize! s . ij)
  (if (not (random-source? s)) (error "random-source-pseudo-randomize!: expected a random source, got" s)))
(define (random-source-make-integers s)
  (if (not (random-source? s)) (error "random-source-make-integers: expected a random source, got" s))
  random-integer)
(define (random-source-make-reals s . unit)
  (if (not (random-source? s)) (error "random-source-make-reals: expected a random source, got" s))
  random-real)
