// Five builds ran (invoker.properties); build.log holds their output in order.
def log = new File(basedir, 'build.log').text
def lines = log.readLines().findAll { it.startsWith('[INFO]') && (it.contains(' Scheme file') || it.contains(' Scheme modules')) }
def classes = new File(basedir, 'target/classes').toPath().toAbsolutePath().normalize().toString()

assert lines.size() == 6 : "expected one compile report per build and one removal, got:\n${lines.join('\n')}"
// 1: everything; 2: nothing changed.
assert lines[0].endsWith("Compiling 3 Scheme files to ${classes}")
assert lines[1].endsWith('Nothing to compile - all Scheme modules are up to date')
// 3: only the module that changed.
assert lines[2].endsWith("Compiling 1 Scheme file to ${classes} (changed since the last build: shapes.scm)")
// 4: a deleted module loses its classes; nothing else is compiled.
assert lines[3].endsWith('Removed the classes of 1 Scheme file that is no longer a module')
assert lines[4].endsWith('Nothing to compile - all Scheme modules are up to date')
// 5: a changed fragment recompiles every module.
assert lines[5].endsWith("Compiling 2 Scheme files to ${classes}")

// Class file times agree with the log: before the fifth build, main's classes were the first build's and
// shapes' the third's; the fifth rewrote both; the deleted module's folder is gone.
def before = new File(basedir, 'target/times-before-fragment')
def time = { File dir, String module -> new File(dir, "${module}/__module.class").lastModified() }
def scm = new File(basedir, 'target/classes/scm')
assert time(before, 'main') < time(before, 'shapes')
assert !new File(before, 'unused').exists()
assert !new File(scm, 'unused').exists()
assert time(scm, 'main') > time(before, 'main')
assert time(scm, 'shapes') > time(before, 'shapes')

// The jar runs the program built last, with the changed fragment.
def java = new File(System.getProperty('java.home'), 'bin/java').path
def process = new ProcessBuilder(java, '-jar', new File(basedir, 'target/main.jar').path).redirectErrorStream(true).start()
def output = process.inputStream.text
process.waitFor()
assert output == 'Hello again\n' : "unexpected output: ${output}"
return true
