;; warning, info and debug: Termite's timestamped reports on standard error, a level and a
;; file to choose, and the logger event manager.
(define file "/tmp/termite-logging-test.log")
(if (file-exists? file) (delete-file file))
(termite-log-file file)
(warning "disk" (quote low))
(info "started")
(termite-log-level 'warning)
(debug "not shown")
(info "not shown either")
(warning "shown")
(termite-log-file #f)
(warning "only on stderr")
(define lines (call-with-input-file file (lambda (p) (read-all p read-line))))
(for-each (lambda (l) (display (if (and (> (string-length l) 0) (char=? (string-ref l 0) #\[))
                                   (substring l 0 (+ 1 (string-index l #\])))
                                   l))
                  (newline))
          lines)
;; expect: 
;; expect: [warning]
;; expect: #<process 1>
;; expect: disk
;; expect: low
;; expect: 
;; expect: [info]
;; expect: #<process 1>
;; expect: started
;; expect: 
;; expect: [warning]
;; expect: #<process 1>
;; expect: shown
(display (termite-log-level)) (newline)
;; expect: warning

;; the logger event manager gets each report as (type pid terms)
(define me (self))
(start-logger!)
(event-manager:add-handler logger (make-simple-event-handler (lambda (event state) (! me event) state) #f))
(warning "to the handler")
(display (? 2)) (newline)
;; expect: (warning #<process 1> (to the handler))
(delete-file file)

(define (show-error thunk)
  (display (with-exception-catcher error-object-message thunk)) (newline))
(show-error (lambda () (termite-log-level 'loud)))
;; expect: termite-log-level: expected one of error warning info debug, got
(show-error (lambda () (termite-log-file 5)))
;; expect: termite-log-file: expected a file name or #f, got
(debug "at the end")
;; error: \[warning\] [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}
(car '())
