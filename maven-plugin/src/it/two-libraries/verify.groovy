// Two builds ran (invoker.properties); build.log holds their output in order.
def log = new File(basedir, 'build.log').text
def lines = log.readLines().findAll { it.startsWith('[INFO]') && (it.contains(' Scheme file') || it.contains(' Scheme modules')) }
def classes = new File(basedir, 'target/classes').toPath().toAbsolutePath().normalize().toString()

// Only app.scm is a module; the libraries are compiled with it, and a changed library compiles it again.
assert lines.size() == 2 : "expected one compile report per build, got:\n${lines.join('\n')}"
assert lines[0].endsWith("Compiling 1 Scheme file to ${classes}")
assert lines[1].endsWith("Compiling 1 Scheme file to ${classes}")
def scm = new File(basedir, 'target/classes/scm')
assert new File(scm, 'app/__module.class').isFile()
assert !new File(scm, 'banner').exists() : 'a library file was compiled as a program'
assert scm.list().size() == 3 : "expected the program's and the two libraries' classes, got ${scm.list()}"

// The jar runs the program with the library as changed by the second build.
def java = new File(System.getProperty('java.home'), 'bin/java').path
def process = new ProcessBuilder(java, '-jar', new File(basedir, 'target/app.jar').path).redirectErrorStream(true).start()
def output = process.inputStream.text
process.waitFor()
assert output == '>> shapes ==\n(9 314/25)\n*done*\n' : "unexpected output: ${output}"
return true
