// shapes-lib's jar carries the library's source, the file it includes, and its classes; app's test imported it
// from the class path, reading the include from the jar.
def jar = new File(basedir, 'shapes-lib/target/shapes-lib-1.0.jar')
assert jar.isFile()
def entries = new java.util.jar.JarFile(jar).withCloseable { j -> j.entries().collect { it.name } }
assert entries.contains('shapes/circle.sld') : "no .sld in the jar: ${entries}"
assert entries.contains('shapes/circle-body.scm') : "the file the library includes is not in the jar: ${entries}"
assert !entries.any { it.startsWith('scm/') && it.contains('body') } : "the included file was compiled as a program: ${entries}"
assert entries.any { it.startsWith('scm/$dshapes$dcircle/') } : "no library classes in the jar: ${entries}"
def log = new File(basedir, 'build.log').text
assert log.contains('Scheme tests: 1 passed, 0 failed')
return true
