// The build failed at the compile goal, naming each mistake as maven-compiler-plugin does for javac,
// "[ERROR] /path/File.scm:[line,column] message", which IDEs and CI log parsers link to the place.
def log = new File(basedir, 'build.log').text
def sources = new File(basedir, 'src/main/scheme').toPath().toAbsolutePath().normalize().toString()

assert log.contains('[ERROR] COMPILATION ERROR')
assert log.contains("[ERROR] ${sources}/duplicate.scm:[3,1] duplicate parameter: x") : 'no file:[line,column] for duplicate.scm'
assert log =~ /\[ERROR\] \Q${sources}\E\/unclosed\.scm:\[\d+,\d+\] .*missing close parenthesis.*unclosed\.scm:3:3/ :
        'no file:[line,column] for unclosed.scm'
assert log.contains('Compilation failure')
assert log.contains('2 errors')

// The file without mistakes was compiled; the failed ones left no classes; no jar was written.
assert new File(basedir, 'target/classes/scm/good/__module.class').isFile()
assert !new File(basedir, 'target/classes/scm/duplicate').exists()
assert !new File(basedir, 'target/good.jar').exists()
return true
