;;; Termite's logging: (warning term ...), (info term ...), (debug term ...) write a
;;; timestamped report to standard error, in Termite's layout:
;;;
;;;   [warning] 2026-12-06 10:15:18
;;;   #<process 12>
;;;   term
;;;   term ...
;;;
;;; The level (error, warning, info or debug; a report is written when its level is at most
;;; the chosen one) comes from the environment variable TERMITE_LOG_LEVEL, default debug
;;; (everything, as Termite), or from (termite-log-level 'info). TERMITE_LOG_FILE, or
;;; (termite-log-file "path"), also appends each report to a file (Termite always writes
;;; _termite.log; ours writes no file unless asked). Once (start-logger!) has run, each
;;; report is also sent as the event (type pid terms) to the event manager `logger`, where
;;; programs add their own handlers.

(define %log-levels '(error warning info debug))

(define (%log-level-from-environment)
  (let ((e (get-environment-variable "TERMITE_LOG_LEVEL")))
    (if (and e (memq (string->symbol e) %log-levels)) (string->symbol e) 'debug)))

(define %log-level #f)
(define %log-file #f)
(define %log-file-read #f)

(define (termite-log-level #!optional (level #!default))
  (if (eq? level #!default)
      (or %log-level (%log-level-from-environment))
      (if (memq level %log-levels)
          (set! %log-level level)
          (error "termite-log-level: expected one of error warning info debug, got" level))))

(define (termite-log-file #!optional (name #!default))
  (cond ((eq? name #!default)
         (if %log-file-read %log-file (get-environment-variable "TERMITE_LOG_FILE")))
        ((or (not name) (string? name)) (set! %log-file name) (set! %log-file-read #t))
        (else (error "termite-log-file: expected a file name or #f, got" name))))

(define logger #f)

(define (start-logger!)
  (if (not logger)
      (set! logger (event-manager:start name: 'termite-logger)))
  logger)

;; a level is enabled when it comes no later than the chosen one in %log-levels
(define (%log-enabled? type)
  (let ((rest (memq type %log-levels)))
    (and rest (memq (termite-log-level) rest) #t)))

(define (%two n) (if (< n 10) (string-append "0" (number->string n)) (number->string n)))

(define (%formatted-current-time)
  (let* ((s (exact (floor (current-second))))
         (days (quotient s 86400))
         (secs (remainder s 86400)))
    ;; the civil date of a day count since 1970-01-01 (Howard Hinnant's algorithm), in UTC
    (let* ((z (+ days 719468))
           (era (quotient (if (>= z 0) z (- z 146096)) 146097))
           (doe (- z (* era 146097)))
           (yoe (quotient (- doe (quotient doe 1460) (- (quotient doe 36524)) (quotient doe 146096)) 365))
           (doy (- doe (- (+ (* 365 yoe) (quotient yoe 4)) (quotient yoe 100))))
           (mp (quotient (+ (* 5 doy) 2) 153))
           (d (+ (- doy (quotient (+ (* 153 mp) 2) 5)) 1))
           (m (if (< mp 10) (+ mp 3) (- mp 9)))
           (y (+ yoe (* era 400) (if (<= m 2) 1 0))))
      (string-append (number->string y) "-" (%two m) "-" (%two d) " "
                     (%two (quotient secs 3600)) ":" (%two (quotient (remainder secs 3600) 60)) ":"
                     (%two (remainder secs 60))))))

(define (%report-event type who terms port)
  (newline port)
  (display "[" port) (display type port) (display "] " port)
  (display (%formatted-current-time) port) (newline port)
  (display who port) (newline port)
  (for-each (lambda (m) (display m port) (newline port)) terms)
  (force-output port))

(define (termite-log type terms)
  (if (%log-enabled? type)
      (let ((who (self)))
        (%report-event type who terms (current-error-port))
        (let ((file (termite-log-file)))
          (if file
              (let ((port (open-output-file (list path: file append: #t create: 'maybe))))
                (%report-event type who terms port)
                (close-output-port port))))
        (if logger (event-manager:notify logger (list type who terms)))))
  (void))

(define (warning . terms) (termite-log 'warning terms))
(define (info . terms) (termite-log 'info terms))
(define (debug . terms) (termite-log 'debug terms))
