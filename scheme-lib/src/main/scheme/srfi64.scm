;;; SRFI 64, a test suite API: runners, groups, and the procedures the syntax of the tests
;;; (test-assert, test-equal, ..., expanded by the compiler) calls with the tested expressions in
;;; thunks. The simple runner prints each failure with its place and, when the outermost group
;;; ends, a summary. When the environment variable TERMITE_TEST_REPORT names a file (termite test
;;; and the Maven plugin set it), the results of every test so far are written there after each
;;; test, one a line:
;;; KIND<tab>GROUP-PATH<tab>NAME<tab>PLACE<tab>DETAIL.

(define-record-type test-runner
  (%make-test-runner pass-count fail-count xpass-count xfail-count skip-count group-stack
                     on-test-begin on-test-end on-group-begin on-group-end on-final on-bad-end-name
                     result-alist expect-fail skip aux)
  %test-runner?
  (pass-count %test-runner-pass-count %set-pass-count!)
  (fail-count %test-runner-fail-count %set-fail-count!)
  (xpass-count %test-runner-xpass-count %set-xpass-count!)
  (xfail-count %test-runner-xfail-count %set-xfail-count!)
  (skip-count %test-runner-skip-count %set-skip-count!)
  (group-stack %test-group-stack %set-group-stack!)
  (on-test-begin %test-runner-on-test-begin %test-runner-on-test-begin!)
  (on-test-end %test-runner-on-test-end %test-runner-on-test-end!)
  (on-group-begin %test-runner-on-group-begin %test-runner-on-group-begin!)
  (on-group-end %test-runner-on-group-end %test-runner-on-group-end!)
  (on-final %test-runner-on-final %test-runner-on-final!)
  (on-bad-end-name %test-runner-on-bad-end-name %test-runner-on-bad-end-name!)
  (result-alist %test-result-alist %test-result-alist!)
  (expect-fail %test-expect-fail %set-test-expect-fail!)
  (skip %test-skip-list %set-test-skip-list!)
  (aux %test-runner-aux-value %test-runner-aux-value!))

;; The exported names, defined one by one so that each is a plain global of the library.
(define test-runner? %test-runner?)
(define test-runner-pass-count %test-runner-pass-count)
(define test-runner-fail-count %test-runner-fail-count)
(define test-runner-xpass-count %test-runner-xpass-count)
(define test-runner-xfail-count %test-runner-xfail-count)
(define test-runner-skip-count %test-runner-skip-count)
(define test-runner-on-test-begin %test-runner-on-test-begin)
(define test-runner-on-test-begin! %test-runner-on-test-begin!)
(define test-runner-on-test-end %test-runner-on-test-end)
(define test-runner-on-test-end! %test-runner-on-test-end!)
(define test-runner-on-group-begin %test-runner-on-group-begin)
(define test-runner-on-group-begin! %test-runner-on-group-begin!)
(define test-runner-on-group-end %test-runner-on-group-end)
(define test-runner-on-group-end! %test-runner-on-group-end!)
(define test-runner-on-final %test-runner-on-final)
(define test-runner-on-final! %test-runner-on-final!)
(define test-runner-on-bad-end-name %test-runner-on-bad-end-name)
(define test-runner-on-bad-end-name! %test-runner-on-bad-end-name!)
(define test-result-alist %test-result-alist)
(define test-result-alist! %test-result-alist!)
(define test-runner-aux-value %test-runner-aux-value)
(define test-runner-aux-value! %test-runner-aux-value!)

(define (%test-nothing . args) #f)

(define (test-runner-null)
  (%make-test-runner 0 0 0 0 0 '() %test-nothing %test-nothing %test-nothing %test-nothing
                     %test-nothing %test-nothing '() '() '() #f))

(define (test-runner-reset r)
  (%set-pass-count! r 0) (%set-fail-count! r 0) (%set-xpass-count! r 0) (%set-xfail-count! r 0)
  (%set-skip-count! r 0) (%set-group-stack! r '()) (test-result-alist! r '()))

(define (test-runner-group-stack r) (%test-group-stack r))
(define (test-runner-group-path r) (reverse (%test-group-stack r)))
(define (test-runner-test-name r) (test-result-ref r 'test-name ""))

(define (test-result-ref r key . default)
  (let ((p (assq key (test-result-alist r))))
    (cond (p (cdr p)) ((pair? default) (car default)) (else #f))))
(define (test-result-set! r key value)
  (test-result-alist! r (cons (cons key value) (test-result-alist r))))
(define (test-result-remove r key)
  (test-result-alist! r (let loop ((l (test-result-alist r)))
                          (cond ((null? l) '()) ((eq? (caar l) key) (loop (cdr l)))
                                (else (cons (car l) (loop (cdr l))))))))
(define (test-result-clear r) (test-result-alist! r '()))
(define (test-result-kind . r)
  (test-result-ref (if (pair? r) (car r) (test-runner-current)) 'result-kind))
(define (test-passed? . r)
  (memq (apply test-result-kind r) '(pass xpass)))

;; Every result of the program, newest first, for the report file.
(define %test-all-results '())

(define (%test-write-report)
  (let ((file (get-environment-variable "TERMITE_TEST_REPORT")))
    (if file
        (call-with-output-file file
          (lambda (port)
            (for-each (lambda (line) (display line port) (newline port)) (reverse %test-all-results)))))))

(define (%test-clean s)
  (let ((out (open-output-string)))
    (string-for-each (lambda (c) (write-char (if (memv c '(#\tab #\newline #\return)) #\space c) out)) s)
    (get-output-string out)))

(define (%test-string x) (if (string? x) x (let ((o (open-output-string))) (write x o) (get-output-string o))))

(define (%test-detail r)
  (let ((kind (test-result-kind r)))
    (cond ((test-result-ref r 'actual-error)
           => (lambda (e) (string-append "raised "
                                         (if (error-object? e) (error-object-message e) (%test-string e)))))
          ((and (memq kind '(fail xpass)) (assq 'expected-value (test-result-alist r)))
           (string-append "expected " (%test-string (test-result-ref r 'expected-value))
                          ", got " (%test-string (test-result-ref r 'actual-value))))
          ((eq? kind 'fail) "the expression was false")
          (else ""))))

(define (%test-simple-test-end r)
  (let ((kind (test-result-kind r))
        (name (or (test-runner-test-name r) ""))
        (place (test-result-ref r 'source-place "")))
    (set! %test-all-results
          (cons (string-append (symbol->string kind) "\t"
                               (%test-clean (apply string-append
                                                   (map (lambda (g) (string-append (%test-string g) "/"))
                                                        (test-runner-group-path r))))
                               "\t" (%test-clean (%test-string name)) "\t" place "\t"
                               (%test-clean (%test-detail r)))
                %test-all-results))
    ;; After every test, so that a program that dies later still reports what ran.
    (%test-write-report)
    (if (memq kind '(fail xpass))
        (begin (display (if (eq? kind 'fail) "FAIL " "XPASS "))
               (display (%test-string name)) (display " (") (display place) (display ")")
               (let ((d (%test-detail r)))
                 (if (not (string=? d "")) (begin (display ": ") (display d))))
               (newline)))))

(define (%test-simple-final r)
  (define (line label n)
    (if (> n 0) (begin (display label) (display n) (newline))))
  (line "# of expected passes      " (test-runner-pass-count r))
  (line "# of expected failures    " (test-runner-xfail-count r))
  (line "# of unexpected successes " (test-runner-xpass-count r))
  (line "# of unexpected failures  " (test-runner-fail-count r))
  (line "# of skipped tests        " (test-runner-skip-count r))
  (%test-write-report))

(define (%test-bad-end-name r begin-name end-name)
  (error "test-end: the name does not match the group's" end-name begin-name))

(define (test-runner-simple)
  (let ((r (test-runner-null)))
    (test-runner-on-test-end! r %test-simple-test-end)
    (test-runner-on-final! r %test-simple-final)
    (test-runner-on-bad-end-name! r %test-bad-end-name)
    r))

(define test-runner-factory (make-parameter test-runner-simple))
(define (test-runner-create) ((test-runner-factory)))
(define %test-current (make-parameter #f))
(define (test-runner-current . r)
  (if (pair? r) (%test-current (car r)) (%test-current)))
(define (test-runner-get)
  (or (%test-current) (error "test-runner-get: no test runner is running")))

(define (%test-runner)
  (or (%test-current)
      (let ((r (test-runner-create))) (%test-current r) r)))

(define (test-with-runner runner thunk)
  (let ((saved (%test-current)))
    (dynamic-wind (lambda () (%test-current runner)) thunk (lambda () (%test-current saved)))))

(define (test-begin name . count)
  (let ((r (%test-runner)))
    ((test-runner-on-group-begin r) r name (if (pair? count) (car count) #f))
    (%set-group-stack! r (cons name (%test-group-stack r)))
    (%set-test-skip-list! r (cons '() (%test-skip-list r)))
    (%set-test-expect-fail! r (cons '() (%test-expect-fail r)))))

(define (test-end . name)
  (let* ((r (test-runner-get)) (stack (%test-group-stack r)))
    (if (null? stack) (error "test-end: no test group is open"))
    (if (and (pair? name) (not (equal? (car name) (car stack))))
        ((test-runner-on-bad-end-name r) r (car stack) (car name)))
    ((test-runner-on-group-end r) r)
    (%set-group-stack! r (cdr stack))
    (%set-test-skip-list! r (cdr (%test-skip-list r)))
    (%set-test-expect-fail! r (cdr (%test-expect-fail r)))
    (if (null? (cdr stack))
        (begin ((test-runner-on-final r) r) (%test-current #f)))))

(define (%test-group name thunk)
  (test-begin name)
  (dynamic-wind (lambda () #f) thunk (lambda () (test-end name))))

;; Specifiers for test-skip and test-expect-fail: a name, a count, or a procedure of the runner.
(define (test-match-name name) (lambda (r) (equal? name (test-runner-test-name r))))
(define (test-match-nth n . count)
  (let ((i 0) (k (if (pair? count) (car count) 1)))
    (lambda (r) (set! i (+ i 1)) (and (>= i n) (< i (+ n k))))))
(define (test-match-all . specs) (lambda (r) (let loop ((s specs)) (or (null? s) (and (%test-matches? (car s) r) (loop (cdr s)))))))
(define (test-match-any . specs) (lambda (r) (let loop ((s specs)) (and (pair? s) (or (%test-matches? (car s) r) (loop (cdr s)))))))
(define (%test-specifier s)
  (cond ((procedure? s) s) ((string? s) (test-match-name s)) ((integer? s) (test-match-nth 1 s))
        (else (error "not a test specifier" s))))
(define (%test-matches? s r) ((%test-specifier s) r))
(define (test-skip . specs)
  (let ((r (%test-runner)))
    (%set-test-skip-list! r (if (null? (%test-skip-list r)) (list (map %test-specifier specs))
                                (cons (append (map %test-specifier specs) (car (%test-skip-list r)))
                                      (cdr (%test-skip-list r)))))))
(define (test-expect-fail . specs)
  (let ((r (%test-runner)))
    (%set-test-expect-fail! r (if (null? (%test-expect-fail r)) (list (map %test-specifier specs))
                                  (cons (append (map %test-specifier specs) (car (%test-expect-fail r)))
                                        (cdr (%test-expect-fail r)))))))
(define (%test-any? lists r)
  (let loop ((ls lists))
    (and (pair? ls) (or (let inner ((l (car ls))) (and (pair? l) (or ((car l) r) (inner (cdr l)))))
                        (loop (cdr ls))))))

;; Runs one test: body returns #t for a pass, #f for a failure; what it raises is a failure too.
(define (%test-run name place body)
  (let ((r (%test-runner)))
    (test-result-alist! r (list (cons 'test-name (or name "")) (cons 'source-place place)))
    ((test-runner-on-test-begin r) r)
    (let* ((skip? (%test-any? (%test-skip-list r) r))
           (xfail? (%test-any? (%test-expect-fail r) r))
           (ok (if skip? #f
                   (guard (e (#t (test-result-set! r 'actual-error e) #f)) (body r))))
           (kind (cond (skip? 'skip) (ok (if xfail? 'xpass 'pass)) (else (if xfail? 'xfail 'fail)))))
      (test-result-set! r 'result-kind kind)
      (case kind
        ((pass) (%set-pass-count! r (+ 1 (test-runner-pass-count r))))
        ((fail) (%set-fail-count! r (+ 1 (test-runner-fail-count r))))
        ((xpass) (%set-xpass-count! r (+ 1 (test-runner-xpass-count r))))
        ((xfail) (%set-xfail-count! r (+ 1 (test-runner-xfail-count r))))
        (else (%set-skip-count! r (+ 1 (test-runner-skip-count r)))))
      ((test-runner-on-test-end r) r)
      ok)))

(define (%test-assert name thunk place)
  (%test-run name place
             (lambda (r) (let ((v (thunk))) (test-result-set! r 'actual-value v) (if v #t #f)))))

(define (%test-compare name who same? expected-thunk thunk place)
  (%test-run name place
             (lambda (r)
               (let ((expected (expected-thunk)))
                 (test-result-set! r 'expected-value expected)
                 (let ((v (thunk)))
                   (test-result-set! r 'actual-value v)
                   (if (same? expected v) #t #f))))))

(define (%test-approximate name expected-thunk thunk error place)
  (%test-run name place
             (lambda (r)
               (let ((expected (expected-thunk)))
                 (test-result-set! r 'expected-value expected)
                 (let ((v (thunk)))
                   (test-result-set! r 'actual-value v)
                   (and (>= v (- expected error)) (<= v (+ expected error))))))))

;; The error type: #t for any raised object, a predicate, or a symbol naming a kind of error.
(define (%test-error name type thunk place)
  (%test-run name place
             (lambda (r)
               (call/cc
                (lambda (k)
                  (with-exception-handler
                   (lambda (e)
                     (k (cond ((procedure? type) (if (type e) #t #f))
                              ((memq type '(error error-object)) (error-object? e))
                              ((eq? type 'file-error) (file-error? e))
                              ((eq? type 'read-error) (read-error? e))
                              (else #t))))
                   (lambda ()
                     (let ((v (thunk)))
                       (test-result-set! r 'actual-value v)
                       (test-result-set! r 'expected-value 'an-error)
                       #f))))))))

(define (test-read-eval-string s)
  (eval (read (open-input-string s)) (interaction-environment)))
