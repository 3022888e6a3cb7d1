;; Reading from standard input: read-line, read, read-char until end of file.
;; stdin: first line
;; stdin: (a list) 42
;; stdin: xy
(write (read-line)) (newline)
;; expect: "first line"
(write (read)) (newline)
(write (read)) (newline)
;; expect: (a list)
;; expect: 42
(write (read-char)) (newline)
(write (read-line)) (newline)
;; expect: #\newline
;; expect: "xy"
(write (eof-object? (read-char))) (newline)
(write (eof-object? (read-line))) (newline)
(write (eof-object? (read))) (newline)
;; expect: #t
;; expect: #t
;; expect: #t
