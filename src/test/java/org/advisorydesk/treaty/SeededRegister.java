package org.advisorydesk.treaty;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;

/**
 * The treaty register as the tests expect it: seeded with the ICRMW status of 2003 before anything else is
 * recorded. The tests turn the seed at start-up off and seed an empty register themselves; a test that
 * records an act on the register (any State) calls {@link #ensure()} first, or the seed, which only fills an
 * empty register, would be skipped for every test after it, whatever order the classes run in.
 */
@Component
public class SeededRegister {

    private final TreatySeed seed;

    SeededRegister(TreatySeed seed) {
        this.seed = seed;
    }

    public void ensure() {
        try {
            seed.seedIfEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
