(display "ran") (newline)
