package io.stead.unitgenerator.internal.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.unitgenerator.internal.catalogue.KeyCatalogue;
import org.junit.jupiter.api.Test;

class ReplacedSettingsTest {

    @Test
    void everyReplacedSettingIsAKeySystemdKnows() {
        KeyCatalogue catalogue = KeyCatalogue.shipped();
        for (String qualified : ReplacedSettings.all()) {
            String[] parts = qualified.split("\\.");
            assertTrue(catalogue.keys(parts[0]).contains(parts[1]), qualified);
        }
    }
}
