package io.stead.unitgenerator.internal.build;

import io.stead.api.OptionPath;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A unit defined by options ({@code systemd.services.<name>}, ...) as the builder reads it.
 *
 * @param kind its kind
 * @param name its file name, such as {@code web.service}
 * @param path the option path that defines it, such as {@code systemd.services.web}
 * @param enablement how it takes part in the system
 * @param unitConfig its {@code [Unit]} settings
 * @param settings its kind's section settings ({@code serviceConfig}, ...); empty for a target
 * @param service what only services have; null for other kinds
 * @param listenStreams a socket's {@code listenStreams}; empty for other kinds
 * @param listenDatagrams a socket's {@code listenDatagrams}; empty for other kinds
 * @param unitKeyOptions the options that its {@code [Unit]} keys come from, where an option
 *     gives a key alone ({@code After=} from {@code after}, {@code Description=} from
 *     {@code description}): messages name the option the user wrote
 */
public record StructuredUnit(UnitKind kind, String name, OptionPath path, Enablement enablement,
                             Map<String, Object> unitConfig, Map<String, Object> settings,
                             ServiceParts service, List<String> listenStreams,
                             List<String> listenDatagrams, Map<String, OptionPath> unitKeyOptions) {
    /**
     * @param kind see above
     * @param name see above
     * @param path see above
     * @param enablement see above
     * @param unitConfig copied, sorted by key
     * @param settings copied, sorted by key
     * @param service see above
     * @param listenStreams copied
     * @param listenDatagrams copied
     * @param unitKeyOptions copied
     */
    public StructuredUnit {
        unitConfig = Collections.unmodifiableMap(new TreeMap<>(unitConfig));
        settings = Collections.unmodifiableMap(new TreeMap<>(settings));
        listenStreams = List.copyOf(listenStreams);
        listenDatagrams = List.copyOf(listenDatagrams);
        unitKeyOptions = Map.copyOf(unitKeyOptions);
    }

    /**
     * @param other how the unit takes part instead
     * @return this unit with that enablement
     */
    public StructuredUnit withEnablement(Enablement other) {
        return other == enablement ? this : new StructuredUnit(kind, name, path, other, unitConfig, settings, service,
                listenStreams, listenDatagrams, unitKeyOptions);
    }

    /** @return the path of this unit's {@code unitConfig} */
    public OptionPath unitConfigPath() {
        return path.child("unitConfig");
    }

    /** @return the path of this unit's own section settings, such as {@code ...serviceConfig} */
    public OptionPath settingsPath() {
        return path.child(kind.settingsOption().orElse("unitConfig"));
    }
}
