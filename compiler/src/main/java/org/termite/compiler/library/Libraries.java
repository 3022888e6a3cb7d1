package org.termite.compiler.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.termite.compiler.ir.CompileError;
import org.termite.compiler.codegen.ClassNaming;
import org.termite.compiler.codegen.GeneratedClass;
import org.termite.compiler.expand.Binding;
import org.termite.compiler.expand.CoreEnv;
import org.termite.compiler.expand.Env;
import org.termite.compiler.expand.SourceReader;
import org.termite.compiler.expand.LibraryForms;
import org.termite.compiler.expand.SourceFiles;
import org.termite.compiler.expand.Expander;
import org.termite.compiler.expand.Syntax;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.text.SourcePositions;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;

/**
 * The libraries of one compilation session: the standard ones, those defined by define-library forms, and
 * those found in files, each compiled once, to a module of its own.
 *
 * <p>The model: a library's body is a module whose top-level definitions are globals, so its exported
 * variables are simply globals of the program, and an import of them binds nothing. Exported macros are
 * bound, in the importing environment, to the binding they have in the library's environment, so their
 * templates still refer to the library's names. Import sets that rename a variable ({@code prefix},
 * {@code rename}) record the new name as another name of the global (rename-imported-globals). An import compiles
 * to a call that runs the library's module the first time ({@code %require-library}).
 *
 * <p>A library {@code (util math)} is looked for as {@code util/math.sld}, then {@code util/math.scm}, in the
 * importing file's folder, then in the folders that hold the libraries found so far and those added as roots
 * (a library path), then as {@code util/math.sld} on the class path, so that a jar of libraries on the class
 * path is imported from by name.
 */
public final class Libraries implements LibraryForms {
    /** How a library's body becomes classes: compiled as a module in the given environment. */
    public interface ModuleCompiler {
        List<GeneratedClass> compile(List<Object> forms, SourcePositions positions, String file, String module,
                Env env);

        /** Called once a library module's classes exist, so that %require-library can find them. */
        void defined(String moduleClass);
    }

    private final ModuleCompiler compiler;
    private final Map<String, Library> known = new HashMap<>();
    private final Set<String> compiling = new LinkedHashSet<>();
    private final Set<Path> roots = new LinkedHashSet<>();
    private final Map<Env, Map<Symbol, Symbol>> renames = new WeakHashMap<>();
    private final List<GeneratedClass> compiled = new ArrayList<>();

    public Libraries(ModuleCompiler compiler) {
        this.compiler = compiler;
    }

    /** A folder where libraries are looked for: that of each program compiled, so eval's environment finds them. */
    public void addRoot(Path dir) {
        if (dir != null) {
            roots.add(dir);
        }
    }

    /** The classes of the libraries compiled since the last call: they go with the module being compiled. */
    public List<GeneratedClass> takeCompiledClasses() {
        List<GeneratedClass> out = new ArrayList<>(compiled);
        compiled.clear();
        return out;
    }

    /**
     * The local names that import sets gave to globals of {@code env} ({@code prefix}, {@code rename}), with the
     * global each stands for: what rename-imported-globals rewrites after expansion.
     */
    public Map<Symbol, Symbol> renamesIn(Env env) {
        Map<Symbol, Symbol> r = renames.get(env);
        return r == null ? Map.of() : Map.copyOf(r);
    }

    /** An import form: binds its names in {@code env}; returns the form that initializes its libraries. */
    @Override
    public Object importForm(Pair form, Env env, Path dir, SourcePos pos) {
        List<Object> out = new ArrayList<>();
        out.add(CoreEnv.keyword("begin"));
        Set<String> required = new LinkedHashSet<>();
        for (Object set : Syntax.list(form.cdr, pos, "import")) {
            ImportSets.Resolved r = ImportSets.resolve(set, n -> find(n, dir, pos), pos);
            r.names().forEach((local, export) -> bind(env, local, export));
            if (r.library().moduleClass() != null && required.add(r.library().moduleClass())) {
                out.add(Pair.list(CoreEnv.keyword("%require-library"), MString.of(r.library().moduleClass())));
            }
        }
        return Syntax.fromList(out);
    }

    /** Imports into an environment made for eval; returns the module classes to initialize. */
    public List<String> importInto(Env env, List<Object> sets, Path dir) {
        List<String> required = new ArrayList<>();
        for (Object set : sets) {
            ImportSets.Resolved r = ImportSets.resolve(set, n -> find(n, dir, null), null);
            r.names().forEach((local, export) -> bind(env, local, export));
            if (r.library().moduleClass() != null && !required.contains(r.library().moduleClass())) {
                required.add(r.library().moduleClass());
            }
        }
        return required;
    }

    private void bind(Env env, Symbol local, Export export) {
        Env global = env.global();
        if (export instanceof Export.Keyword k) {
            global.bind(local, k.binding());
            renamesOf(global).remove(local);
            return;
        }
        Symbol target = ((Export.Variable) export).global();
        if (global.resolve(local) != null) {
            global.bind(local, new Binding.GlobalVar());
        }
        if (target.equals(local)) {
            renamesOf(global).remove(local);
        } else {
            renamesOf(global).put(local, target);
        }
    }

    private Map<Symbol, Symbol> renamesOf(Env env) {
        return renames.computeIfAbsent(env, e -> new HashMap<>());
    }

    /** A define-library form: compiles the library to a module of its own and records its exports. */
    @Override
    public void defineLibrary(Pair form, Path dir, String file, SourcePositions positions, SourcePos pos) {
        LibraryDeclarations d = LibraryDeclarations.parse(form, dir, positions, n -> exists(n, dir), pos);
        String key = d.name().toString();
        if (known.containsKey(key) || StandardLibraries.find(d.name()) != null) {
            throw new CompileError(pos, "library " + key + " is already defined");
        }
        if (!compiling.add(key)) {
            throw new CompileError(pos, "library " + key + " is already being defined");
        }
        try {
            Env env = Expander.newGlobalEnv();
            String module = d.name().moduleName();
            compiled.addAll(compiler.compile(d.body(), positions, file, module, env));
            String moduleClass = new ClassNaming(module).moduleClass().replace('/', '.');
            compiler.defined(moduleClass);
            known.put(key, new Library(d.name(), exports(d.exportSpecs(), env, pos), moduleClass, false));
        } finally {
            compiling.remove(key);
        }
    }

    private Map<Symbol, Export> exports(List<Object> specs, Env env, SourcePos pos) {
        Map<Symbol, Export> out = new LinkedHashMap<>();
        Map<Symbol, Symbol> r = renames.getOrDefault(env, Map.of());
        for (Object spec : specs) {
            Object internal = spec;
            Object external = spec;
            if (spec instanceof Pair p && Syntax.isSymbolNamed(p.car, "rename")) {
                List<Object> names = Syntax.list(p.cdr, pos, "export rename");
                if (names.size() != 2) {
                    throw new CompileError(pos, "bad syntax: (rename internal external)");
                }
                internal = names.get(0);
                external = names.get(1);
            }
            if (!Env.isIdentifier(internal) || !Env.isIdentifier(external)) {
                throw new CompileError(pos,
                        "bad syntax: an export spec is an identifier or (rename internal external)");
            }
            Binding b = env.resolve(internal);
            Symbol in = Env.symbolOf(internal);
            Export e = b != null ? new Export.Keyword(b) : new Export.Variable(r.getOrDefault(in, in));
            out.put(Env.symbolOf(external), e);
        }
        return out;
    }

    @Override
    public boolean exists(Object name, Path dir, SourcePos pos) {
        return exists(LibraryName.parse(name, pos), dir);
    }

    /** True when a library of that name is defined, standard, or found in a file. */
    public boolean exists(LibraryName name, Path dir) {
        String key = name.toString();
        return known.containsKey(key) || compiling.contains(key) || StandardLibraries.find(name) != null
                || locate(name, dir) != null || onClassPath(name) != null;
    }

    private Library find(LibraryName name, Path dir, SourcePos pos) {
        String key = name.toString();
        Library lib = known.get(key);
        if (lib != null) {
            return lib;
        }
        lib = StandardLibraries.find(name);
        if (lib != null) {
            known.put(key, lib);
            return lib;
        }
        if (compiling.contains(key)) {
            throw new CompileError(pos, "import cycle: " + String.join(" imports ", compiling) + " imports " + key);
        }
        Path file = locate(name, dir);
        java.net.URL resource = file == null ? onClassPath(name) : null;
        if (file == null && resource == null) {
            StringBuilder where = new StringBuilder();
            for (Path p : searchPath(dir)) {
                where.append(where.length() == 0 ? "" : ", ").append(p);
            }
            throw new CompileError(pos, "import: unknown library " + key + " (looked for " + name.relativePath()
                    + ".sld or .scm in " + where + ", and for " + name.relativePath() + ".sld on the class path)");
        }
        if (file != null) {
            load(file, name, pos);
        } else {
            loadResource(resource, name, pos);
        }
        lib = known.get(key);
        if (lib == null) {
            throw new CompileError(pos, "import: " + (file != null ? file : resource) + " does not define library " + key);
        }
        return lib;
    }

    private List<Path> searchPath(Path dir) {
        List<Path> path = new ArrayList<>();
        path.add(dir != null ? dir : Path.of("").toAbsolutePath());
        for (Path r : roots) {
            if (!path.contains(r)) {
                path.add(r);
            }
        }
        return path;
    }

    private Path locate(LibraryName name, Path dir) {
        for (Path d : searchPath(dir)) {
            for (String ext : List.of(".sld", ".scm")) {
                Path f = d.resolve(name.relativePath() + ext);
                if (Files.isRegularFile(f)) {
                    return f;
                }
            }
        }
        return null;
    }

    /** Compiles the define-library forms of a library file; its folder of libraries joins the search path. */
    private void load(Path file, LibraryName name, SourcePos pos) {
        Path root = file.toAbsolutePath().getParent();
        for (int i = 1; i < name.parts().size() && root != null; i++) {
            root = root.getParent();
        }
        if (root != null) {
            roots.add(root);
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new CompileError(pos, "import: cannot read " + SourceFiles.name(file) + ": " + e.getMessage());
        }
        defineAll(text, SourceFiles.name(file), file.toAbsolutePath().getParent(), pos);
    }

    private void defineAll(String text, String file, Path dir, SourcePos pos) {
        SourcePositions positions = new SourcePositions();
        for (Object form : SourceReader.read(text, file, positions)) {
            SourcePos at = positions.get(form);
            if (!(form instanceof Pair p && Syntax.isSymbolNamed(p.car, "define-library"))) {
                throw new CompileError(at != null ? at : pos, "a library file holds define-library forms only");
            }
            defineLibrary(p, dir, file, positions, at != null ? at : pos);
        }
    }

    /**
     * A library's {@code .sld} file as a resource of the class path ({@code util/math.sld} in a jar), so that
     * libraries published as jars are imported by name; null if there is none.
     */
    private static java.net.URL onClassPath(LibraryName name) {
        String resource = name.relativePath().toString().replace(java.io.File.separatorChar, '/') + ".sld";
        ClassLoader l = Thread.currentThread().getContextClassLoader();
        java.net.URL u = l == null ? null : l.getResource(resource);
        return u != null ? u : Libraries.class.getClassLoader().getResource(resource);
    }

    /**
     * Compiles the define-library forms of a library found on the class path. A library in a jar or a folder of
     * the class path is read as a file of it, so that its includes and the libraries beside it are found there;
     * one the file systems cannot open (a jar inside a jar) is compiled from its text alone, without includes.
     */
    private void loadResource(java.net.URL resource, LibraryName name, SourcePos pos) {
        Path asFile = SourceFiles.of(resource);
        if (asFile != null && Files.isRegularFile(asFile)) {
            load(asFile, name, pos);
            return;
        }
        String text;
        try (java.io.InputStream in = resource.openStream()) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CompileError(pos, "import: cannot read " + resource + ": " + e.getMessage());
        }
        String file = name.relativePath() + ".sld";
        defineAll(text, file, null, pos);
    }
}
