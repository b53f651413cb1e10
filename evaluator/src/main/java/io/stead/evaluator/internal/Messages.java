package io.stead.evaluator.internal;

import io.stead.api.ConfigException;
import io.stead.evaluator.internal.model.Location;
import java.util.List;

/**
 * Every user-facing message of the evaluator, in one place. Each names the option path in
 * single quotes and every file and line involved; the phrases are the contract's
 * ({@code does not exist}, {@code conflicting definition values}, {@code is not of type},
 * {@code is used but not defined}, {@code infinite recursion}, {@code read-only},
 * {@code assertion failed}).
 */
public final class Messages {
    private Messages() {
    }

    /**
     * A shown definition: where, and its value.
     *
     * @param location where it was written
     * @param value its value, already rendered
     */
    public record Shown(Location location, String value) {
    }

    private static String defs(String heading, List<Shown> shown) {
        StringBuilder out = new StringBuilder(heading);
        for (Shown s : shown) {
            out.append("\n- In '").append(s.location()).append("': ").append(s.value());
        }
        return out.toString();
    }

    private static EvalError error(String message) {
        return new EvalError(message, List.of());
    }

    /**
     * @param at where (with column when known)
     * @param sentence what is wrong with the file, starting lower-case
     * @return the error
     */
    public static EvalError loadError(Location at, String sentence) {
        String where = at.line() > 0
                ? at.source() + ":" + at.line() + (at.column() > 0 ? ":" + at.column() : "")
                : at.source();
        // (the sentence may quote a key holding a newline: it stays one line, showing the escape)
        return EvalError.inFile(where, Show.escapeControls(sentence));
    }

    /**
     * @param path the undeclared path
     * @param shown the definitions of it
     * @param suggestion a close declared path, or null
     * @return the error
     */
    public static EvalError doesNotExist(String path, List<Shown> shown, String suggestion) {
        // "Definition values:" only when there are some: a path read with --attr has none
        String msg = shown.isEmpty() ? "The option '" + path + "' does not exist."
                : defs("The option '" + path + "' does not exist. Definition values:", shown);
        return error(suggestion == null ? msg : msg + "\nDid you mean '" + suggestion + "'?");
    }

    /**
     * @param path a path below an option, asked about as an option
     * @param option the option whose value holds it
     * @param type that option's type
     * @return the error
     */
    public static EvalError partOfAValue(String path, String option, String type) {
        return error("'" + path + "' is not an option but a part of the value of the option '" + option + "' ("
                + type + "). `stead option " + option + "` shows that option; `stead eval FILE... --attr " + path
                + "` prints the part.");
    }

    /**
     * @param path a path below an option whose values have no parts
     * @param option the option
     * @param type its type
     * @return the error
     */
    public static EvalError noParts(String path, String option, String type) {
        return error("The option '" + path + "' does not exist: '" + option + "' is an option of type " + type
                + ", whose values have no parts.");
    }

    /**
     * @param path a file's undeclared top-level key
     * @param shown its definitions
     * @param moduleKey the module key ({@code imports}, ...) it is close to
     * @return the error
     */
    public static EvalError misspeltModuleKey(String path, List<Shown> shown, String moduleKey) {
        return error(defs("The option '" + path + "' does not exist. Definition values:", shown)
                + "\nDid you mean the module key '" + moduleKey + "'?");
    }

    /**
     * @param path the undeclared path
     * @param directive the directive that names it ({@code $ref}, {@code $if})
     * @param at where the directive is written
     * @param suggestion a close declared path, or null
     * @return the error
     */
    public static EvalError referenceToNothing(String path, String directive, Location at, String suggestion) {
        String msg = "The option '" + path + "' does not exist; the " + directive + " in '" + at + "' refers to it.";
        return error(suggestion == null ? msg : msg + "\nDid you mean '" + suggestion + "'?");
    }

    /**
     * @param path the option
     * @param shown the definitions that disagree
     * @return the error
     */
    public static EvalError conflicting(String path, List<Shown> shown) {
        return error(defs("The option '" + path + "' has conflicting definition values:", shown)
                + "\nUse {\"$force\": value} or {\"$default\": value} to choose one.");
    }

    /**
     * @param path the option
     * @param type the type's description
     * @param shown the offending definitions
     * @return the error
     */
    public static EvalError notOfType(String path, String type, List<Shown> shown) {
        return notOfType(path, type, shown, "");
    }

    /**
     * @param path the option
     * @param type the type's description
     * @param shown the offending definitions
     * @param hint a way out from {@link #writeAsList} or {@link #writeUnquoted}, or ""
     * @return the error
     */
    public static EvalError notOfType(String path, String type, List<Shown> shown, String hint) {
        return error(defs("A definition for option '" + path + "' is not of type '" + type
                + "'. Definition values:", shown) + hint);
    }

    /**
     * @param submodule a submodule instance
     * @param definedAt where it is defined
     * @return the note, for {@link #notOfType(String, String, List, String)}, that a failing
     *     default is the submodule's, and where the user defined the submodule
     */
    public static String defaultOfSubmodule(String submodule, List<Location> definedAt) {
        StringBuilder out = new StringBuilder("\nThat is the default of '").append(submodule)
                .append("', which is defined in ");
        for (int i = 0; i < definedAt.size(); i++) {
            out.append(i == 0 ? "" : i == definedAt.size() - 1 ? " and " : ", ")
                    .append('\'').append(definedAt.get(i)).append('\'');
        }
        return out.append('.').toString();
    }

    /**
     * For a string whose match against a strMatching pattern was given up.
     *
     * @param steps how many characters a match may read
     * @return the hint, for {@link #notOfType(String, String, List, String)}
     */
    public static String matchGivenUp(long steps) {
        return "\nMatching it against the pattern was given up after reading " + steps + " characters (the"
                + " pattern backtracks too much for it) or when it overflowed the stack (a string too long for"
                + " the pattern); simplify the pattern.";
    }

    /**
     * For a single value where a list is wanted, which the list's elements would take.
     *
     * @param value the value, as shown
     * @return the hint, for {@link #notOfType(String, String, List, String)}
     */
    public static String writeAsList(String value) {
        return "\nThe option takes a list; write a single value in brackets: [" + value + "].";
    }

    /**
     * For a quoted yes, no, on, off, true or false where a boolean is wanted: the reverse of
     * {@link #yamlBooleanHint}.
     *
     * @param word the string, as written
     * @param meant the boolean it reads as unquoted
     * @return the hint, for {@link #notOfType(String, String, List, String)}
     */
    public static String writeUnquoted(String word, boolean meant) {
        return "\nA quoted \"" + word + "\" is a string; write a boolean without quotes, as true or false: "
                + meant + ".";
    }

    /**
     * @param number a number YAML read, as written
     * @return the hint to quote it
     */
    public static String quoteYamlNumber(String number) {
        return "\nYAML reads an unquoted number as a number; quote a value meant as a string: \"" + number + "\".";
    }

    /**
     * @param path a relative path given where an absolute one is wanted
     * @return the hint
     */
    public static String relativePath(String path) {
        return "\nA path here is absolute: only imports are read relative to the file that names them (in NixOS, "
                + path + " is relative to the file; here, write its absolute path).";
    }

    /**
     * YAML 1.1 reads unquoted yes, no, on and off as booleans (a choice Stead keeps, as Jackson
     * reads YAML): a user who wrote {@code hostName: no} is shown {@code false}, a value never
     * written, so a boolean from a YAML file that fails a type taking the word as a string gets
     * the way out.
     *
     * @param word a word YAML reads as the boolean shown, which the type takes as a string
     * @return the hint, for {@link #notOfType(String, String, List, String)}
     */
    public static String quoteYamlWord(String word) {
        return "\nYAML reads the unquoted words yes, no, on, off, true and false as booleans; quote a value"
                + " meant as a string: \"" + word + "\".";
    }

    /**
     * @param path the option
     * @param declaredAt where it is declared, or null
     * @return the error
     */
    public static EvalError usedButNotDefined(String path, Location declaredAt) {
        return error(undefined(path, declaredAt) + ".");
    }

    private static String undefined(String path, Location declaredAt) {
        return "The option '" + path + "' is used but not defined"
                + (declaredAt == null ? "" : " (declared in '" + declaredAt + "')");
    }

    /**
     * @param path the option
     * @param declaredAt where it is declared, or null
     * @param directive the directive that reads it ({@code $ref}, {@code $if})
     * @param at where that directive is
     * @return the error
     */
    public static EvalError usedButNotDefinedReferenced(String path, Location declaredAt, String directive,
                                                        Location at) {
        return error(undefined(path, declaredAt) + "; the " + directive + " in '" + at + "' refers to it.");
    }

    /**
     * @param chain the option paths of the cycle, first repeated at the end
     * @param shown the definitions along the cycle
     * @return the error
     */
    public static EvalError infiniteRecursion(List<String> chain, List<Shown> shown) {
        StringBuilder cycle = new StringBuilder();
        for (String p : chain) {
            if (cycle.length() > 0) {
                cycle.append(" -> ");
            }
            cycle.append('\'').append(p).append('\'');
        }
        return error(defs("infinite recursion encountered: " + cycle
                + (shown.isEmpty() ? "" : "\nDefinitions along the cycle:"), shown));
    }

    /**
     * @param chain the options being evaluated when the stack ran out, outermost first (at least one)
     * @return the error: not a cycle, a chain longer than the stack holds
     */
    public static EvalError nestedTooDeeply(List<String> chain) {
        String first = "The evaluation of '" + chain.get(0) + "' is nested too deeply for the stack";
        if (chain.size() < 3) {
            return error(first + ".");
        }
        return error(first + ": it needs the value of '" + chain.get(1) + "', which needs '" + chain.get(2)
                + "', and so on, " + chain.size() + " options in a row (--show-trace lists them).");
    }

    /**
     * @param path the option
     * @param shown its definitions (the default counts as one)
     * @return the error
     */
    public static EvalError readOnly(String path, List<Shown> shown) {
        return error(defs("The option '" + path
                + "' is read-only, but it's set multiple times. Definition values:", shown));
    }

    /**
     * @param options the assertions options that hold failures ({@code assertions}, a nested
     *     system's {@code containers.foo.config.assertions})
     * @param messages each failed assertion: where it failed (empty for the system, or
     *     {@code " in 'containers.foo.config'"}), then {@code ": "} and its message
     * @return the error
     */
    public static EvalError assertionsFailed(List<String> options, List<String> messages) {
        StringBuilder out = new StringBuilder("Failed assertions (option" + (options.size() > 1 ? "s" : "") + " '"
                + String.join("', '", options) + "'):");
        for (String m : messages) {
            out.append("\n- assertion failed").append(m);
        }
        return error(out.toString());
    }

    /**
     * @param path the option
     * @param first where first declared
     * @param second where declared again
     * @return the error
     */
    public static EvalError alreadyDeclared(String path, Location second, Location first) {
        return error("The option '" + path + "' in '" + second + "' is already declared in '"
                + first + "'.");
    }

    /**
     * @param path the path
     * @param asOption where it is declared as an option
     * @param asGroup where something below it is declared
     * @return the error
     */
    public static EvalError optionAndGroup(String path, Location asOption, Location asGroup) {
        return error("The option '" + path + "' in '" + asOption
                + "' would be a parent of the options declared in '" + asGroup
                + "', but only submodule options can contain other options.");
    }

    /**
     * @param path a group of options
     * @param shown the definition that is not an attribute set
     * @return the error
     */
    public static EvalError groupDefinedAsValue(String path, List<Shown> shown) {
        // the root's path is empty: its definition is a module's whole config
        return error(defs((path.isEmpty() ? "The config of a module is a set of options, so it"
                : "'" + path + "' is a set of options, so its definition") + " must be an"
                + " attribute set (or a directive around one), and a computed value or $ref"
                + " cannot define it. Definition values:", shown));
    }

    /**
     * @param path the removed option
     * @param replacement advice
     * @param shown its definitions
     * @return the error
     */
    public static EvalError removed(String path, String replacement, List<Shown> shown) {
        // "Definition values:" only when there are some: a path asked about has none
        String msg = "The option '" + path + "' can no longer be used since it's been removed. " + replacement;
        return error(shown.isEmpty() ? msg : defs(msg + " Definition values:", shown));
    }

    /**
     * @param path the removed option
     * @param replacement advice
     * @param directive the directive that names it ({@code $ref}, {@code $if})
     * @param at where the directive is written
     * @return the error
     */
    public static EvalError removedReferenced(String path, String replacement, String directive, Location at) {
        return error("The option '" + path + "' can no longer be used since it's been removed; the " + directive
                + " in '" + at + "' refers to it. " + replacement);
    }

    /**
     * @param from the renamed option's old path
     * @param to where following its renames leads
     * @param suggestion a declared path close to {@code to}, or null
     * @param at where the rename is declared
     * @return the error
     */
    public static EvalError renameToNothing(String from, String to, String suggestion, Location at) {
        String msg = "Renaming error: the option '" + from + "' is renamed to '" + to + "', which does not exist"
                + " (renamed in '" + at + "').";
        return error(suggestion == null ? msg : msg + "\nDid you mean '" + suggestion + "'?");
    }

    /**
     * @param chain the renamed options, each renamed to the next, the first again last
     * @param at where the first rename is declared
     * @return the error
     */
    public static EvalError renameCycle(List<String> chain, Location at) {
        StringBuilder cycle = new StringBuilder();
        for (String p : chain) {
            if (cycle.length() > 0) {
                cycle.append(" -> ");
            }
            cycle.append('\'').append(p).append('\'');
        }
        return error("infinite recursion encountered: the renamed options " + cycle + " are renamed to each other"
                + " (renamed in '" + at + "').");
    }

    /**
     * @param from the old path
     * @param to the new path
     * @param at where it is defined
     * @return the warning text
     */
    public static String renamed(String from, String to, Location at) {
        return "The option '" + from + "' defined in '" + at + "' has been renamed to '" + to + "'.";
    }

    /**
     * @param path the option
     * @param shown its definitions
     * @return the error
     */
    public static EvalError nullAndNotNull(String path, List<Shown> shown) {
        return error(defs("The option '" + path
                + "' has conflicting definition values: it is defined both null and not null:", shown));
    }

    /**
     * @param path the option
     * @param shown its definitions that have an order written around them
     * @return the error
     */
    public static EvalError orderAroundSubmodule(String path, List<Shown> shown) {
        return error(defs("The option '" + path + "' is a submodule, whose definitions cannot be ordered"
                + " ($before, $after or $order around its value), as in NixOS; order a list inside it instead:",
                shown));
    }

    /**
     * @param path the option
     * @param shown its definitions
     * @return the error
     */
    public static EvalError notUnique(String path, List<Shown> shown) {
        return error(defs("The option '" + path + "' has conflicting definition values: it is"
                + " defined multiple times while it's expected to be unique:", shown));
    }

    /**
     * @param path the option
     * @param shown its definitions
     * @return the error
     */
    public static EvalError conflictingKinds(String path, List<Shown> shown) {
        return error(defs("The option '" + path + "' has conflicting definition values:"
                + " they are of different kinds (attribute set, list, scalar, or a set with outPath or"
                + " __toString, which is a package):", shown));
    }

    /**
     * @param condition the condition
     * @param value its value
     * @param at the definition it guards
     * @return the error
     */
    public static EvalError conditionNotBoolean(String condition, String value, Location at) {
        return error("The condition '" + condition + "' of the $if in '" + at
                + "' is not a boolean but " + value + ".");
    }

    /**
     * @param path a path whose value plugin code read as a configuration ({@code Config.at})
     * @param value the value there, shown
     * @param reader what reads it, or null
     * @param at where that is written, or null
     * @return the error
     */
    public static EvalError notAConfiguration(String path, String value, String reader, Location at) {
        return error("The value of '" + path + "' is not a configuration (a submodule or a group of options) but "
                + value + (reader == null ? "" : "; the " + reader + " in '" + at + "' reads it with Config.at")
                + ". An attribute set is read with Config.attrs, a list with Config.list.");
    }

    /**
     * @param path the path asked for
     * @param attr the missing attribute
     * @param within what the value there is
     * @return the error
     */
    public static EvalError missingAttribute(String path, String attr, String within) {
        return missingAttribute(path, attr, within, null, null);
    }

    /**
     * @param path the path asked for
     * @param attr the missing attribute
     * @param within what the value there is
     * @param directive the directive that names the path ({@code $ref}, {@code $if}), or null
     * @param at where the directive is written, or null
     * @return the error
     */
    public static EvalError missingAttribute(String path, String attr, String within, String directive,
                                             Location at) {
        return missingAttribute(path, attr, within, directive, at, null);
    }

    /**
     * @param path the path asked for
     * @param attr the missing attribute
     * @param within what the value there is
     * @param directive the directive that names the path ({@code $ref}, {@code $if}), or null
     * @param at where the directive is written, or null
     * @param closest an attribute there with a close name, or null
     * @return the error
     */
    public static EvalError missingAttribute(String path, String attr, String within, String directive,
                                             Location at, String closest) {
        return error("The path '" + path + "' does not exist: there is no attribute '" + attr
                + "' in " + within + (directive == null ? "" : "; the " + directive + " in '" + at
                + "' refers to it") + "." + (closest == null ? "" : "\nDid you mean '" + closest + "'?"));
    }

    /**
     * @param path the selection path asked for
     * @param list the path of the list it reaches into
     * @param size how many elements the list has
     * @return the error for a segment that selects none of them
     */
    public static EvalError noListElement(String path, String list, int size) {
        return error("The path '" + path + "' does not exist: '" + list + "' is a list of " + size
                + (size == 1 ? " element" : " elements") + ", selected by their number from 0.");
    }

    /**
     * @param name a service module's name
     * @param origin where it comes from
     * @param why why the name cannot be its
     * @return the error for a module that cannot take part under its name
     */
    public static EvalError nameTaken(String name, String origin, String why) {
        return error("The service module '" + name + "' (" + origin + ") cannot be used: " + why
                + "; a service module needs a name of its own.");
    }

    /**
     * @param path the value's option path, or null
     * @param depth how deep JSON is written
     * @return the error for a value with no end, which holds itself
     */
    public static EvalError nestedTooDeeplyToPrint(String path, int depth) {
        String what = path == null ? "A value" : path.isEmpty() ? "The configuration" : "The value of '" + path + "'";
        return error(what + " nests attribute sets and lists more than " + depth + " deep, so it cannot be"
                + " printed: either it is written that deep (a path of that many parts), or it holds itself,"
                + " through a $ref inside an option's value to that option (or to what holds it), and so has"
                + " no end.");
    }

    /**
     * @param message a plugin's message refusing an option's value
     * @param shown the definitions that make that value
     * @return the error: the plugin's words, then the definitions
     */
    public static EvalError refused(String message, List<Shown> shown) {
        return error(defs(message.endsWith("\n") ? message + "Definition values:" : message + " Definition values:",
                shown));
    }

    /**
     * The definitions of one of several options that a plugin refused together.
     *
     * @param path the option's whole path
     * @param shown the definitions that make its value
     */
    public record Refused(String path, List<Shown> shown) {
    }

    /**
     * @param message a plugin's message refusing the values of several options together
     * @param options each option's definitions, in the order the plugin named them (those with
     *     none left out); not empty
     * @return the error: the plugin's words, then each option's definitions under its name
     */
    public static EvalError refusedTogether(String message, List<Refused> options) {
        StringBuilder out = new StringBuilder(message);
        String before = message.endsWith("\n") ? "" : " "; // as one option's heading follows the message
        for (Refused r : options) {
            out.append(before).append(defs("Definition values of '" + r.path() + "':", r.shown()));
            before = "\n";
        }
        return error(out.toString());
    }

    /**
     * @param plugin the plugin (name and jar)
     * @param at where in the plugin
     * @param failure what it threw
     * @return the error
     */
    public static EvalError pluginFailed(String plugin, Location at, Throwable failure) {
        // a ConfigException is the plugin refusing in its own words: its message, not its class
        // (the plugin's own text, its control characters escaped: the message keeps to its lines)
        return error("The service module " + Show.escapeControls(plugin) + " failed in '" + at + "': "
                + (failure instanceof ConfigException refused ? refused.getMessage()
                : Show.escapeControls(String.valueOf(failure))));
    }

    /**
     * @param jar the plugin's jar
     * @param at where in the plugin
     * @param path the submodule instance whose type's module was being read
     * @param failure what it threw
     * @return the error
     */
    public static EvalError submoduleFailed(String jar, Location at, String path, Throwable failure) {
        return error("The service module from " + jar + " failed in '" + at + "', in a module of the submodule '"
                + path + "': " + (failure instanceof ConfigException refused ? refused.getMessage()
                : Show.escapeControls(String.valueOf(failure))));
    }

    /**
     * @param jar the plugin's jar
     * @param at where in the plugin
     * @param path the option (or attribute) whose value was being computed
     * @param failure what it threw
     * @return the error
     */
    public static EvalError computedFailed(String jar, Location at, String path, Throwable failure) {
        return error("The service module from " + jar + " failed in '" + at + "' while computing '" + path + "': "
                + (failure instanceof ConfigException refused && refused.getMessage() != null ? refused.getMessage()
                : failure instanceof StackOverflowError ? "its code recursed deeper than the stack holds"
                        + " (java.lang.StackOverflowError)"
                : failure instanceof OutOfMemoryError ? "its code ran out of memory (" + failure + ")"
                : Show.escapeControls(String.valueOf(failure))));
    }

    /**
     * @param jar the plugin's jar
     * @param at where in the plugin it refused
     * @param path the option whose value was being computed
     * @param refused the option path it named, as the configuration it read shows it
     * @param message its message
     * @return the error
     */
    public static EvalError refusedNowhere(String jar, Location at, String path, String refused, String message) {
        return error("The service module from " + jar + " failed in '" + at + "' while computing '" + path + "': it"
                + " refused '" + refused + "', which is no option of the configuration its computed value was given"
                + " (a refusal names an option relative to that Config): " + message);
    }

    /**
     * @param what what held the value ({@code definition}, {@code default}, {@code computed value})
     * @param path the option (or attribute) it is for
     * @param at where the plugin gave it
     * @param reason why it cannot be used
     * @return the error
     */
    public static EvalError unsupportedValue(String what, String path, Location at, String reason) {
        return error("The " + what + " of '" + path + "' in '" + at + "' cannot be used: " + reason);
    }
}
