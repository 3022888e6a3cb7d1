(import (scheme base) (scheme write) (greetings))
(display (shout "termite"))
(newline)
