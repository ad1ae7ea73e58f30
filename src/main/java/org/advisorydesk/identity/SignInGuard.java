package org.advisorydesk.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Slows down whoever fails to sign in, and only them. Failures are counted per client (an account from
 * one address) and per address (whatever account it tries); a client over its free attempts waits,
 * twice as long after each further failure up to a cap, and is refused without its password being
 * checked while it waits. The account's owner signing in from another address is never slowed down,
 * no wait lasts longer than the cap, and failures are forgotten a while after the last one: nobody can
 * lock anyone out. (Camunda's own per-user lock, which anyone could set off for any account, is turned
 * off in {@code application.yaml}.) After repeated failures on one account its owner is told by
 * e-mail ({@link SignInFailuresNoticed}).
 *
 * <p>The counts live in this node's memory, bounded in size: on several nodes each node slows down the
 * clients it sees, and a restart forgets them, which errs on the owner's side.
 */
@Component
public class SignInGuard {

    private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);

    /** The most clients, addresses and accounts remembered at once (the oldest forgotten first). */
    private static final int REMEMBERED = 100_000;

    /** The addresses named in an owner's notice, at most. */
    private static final int ADDRESSES_TOLD = 5;

    private final SignInProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Cache<Client, Failures> clients;
    private final Cache<String, Failures> addresses;
    private final Cache<String, AccountFailures> accounts;

    SignInGuard(SignInProperties properties, Clock clock, ApplicationEventPublisher events) {
        this.properties = properties;
        this.clock = clock;
        this.events = events;
        this.clients = cache(properties.forgetAfter(), clock);
        this.addresses = cache(properties.forgetAfter(), clock);
        this.accounts = cache(properties.forgetAfter().plus(properties.notifyAtMostEvery()), clock);
    }

    /** Forgets an entry that long after its last failure, on the desk's clock. */
    private static <K, V> Cache<K, V> cache(Duration forgetAfter, Clock clock) {
        return Caffeine.newBuilder()
                .maximumSize(REMEMBERED)
                .expireAfterWrite(forgetAfter.toMillis(), TimeUnit.MILLISECONDS)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    /** How long the client must still wait before its next attempt is checked, if it must. */
    public Optional<Duration> waitFor(String account, String address) {
        Instant now = clock.instant();
        Instant until = later(blockedUntil(clients.getIfPresent(new Client(key(account), key(address)))),
                blockedUntil(addresses.getIfPresent(key(address))));
        return until != null && until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** Counts a wrong password (or an unknown account) from the address. */
    public void failed(String account, String address) {
        Instant now = clock.instant();
        String accountKey = key(account);
        String addressKey = key(address);
        Failures client = clients.asMap().compute(new Client(accountKey, addressKey),
                (k, before) -> next(before, properties.freeAttempts(), now));
        addresses.asMap().compute(addressKey, (k, before) -> next(before, properties.addressFreeAttempts(), now));
        AccountFailures[] notice = new AccountFailures[1];
        accounts.asMap().compute(accountKey, (k, before) -> {
            AccountFailures after = (before == null || before.lastAt().plus(properties.forgetAfter()).isBefore(now))
                    ? new AccountFailures(0, now, new LinkedHashSet<>(), before == null ? null : before.toldAt())
                    : before;
            Set<String> from = new LinkedHashSet<>(after.addresses());
            if (from.size() < ADDRESSES_TOLD) {
                from.add(addressKey);
            }
            AccountFailures counted = new AccountFailures(after.count() + 1, now, from, after.toldAt());
            boolean tell = counted.count() >= properties.notifyAfter()
                    && (counted.toldAt() == null || !counted.toldAt().plus(properties.notifyAtMostEvery()).isAfter(now));
            if (tell) {
                notice[0] = counted;
                return new AccountFailures(0, now, new LinkedHashSet<>(), now);
            }
            return counted;
        });
        if (client.count() == properties.freeAttempts() + 1) {
            log.warn("Sign-in to {} from {} failed {} times; that client now waits before each attempt",
                    accountKey, addressKey, client.count());
        }
        if (notice[0] != null) {
            events.publishEvent(new SignInFailuresNoticed(account, notice[0].count(), List.copyOf(notice[0].addresses()), now));
        }
    }

    /** A right password: the client's failures are forgotten (the address's stay, for the other accounts it tried). */
    public void succeeded(String account, String address) {
        clients.invalidate(new Client(key(account), key(address)));
    }

    private Failures next(Failures before, int free, Instant now) {
        int count = before == null ? 1 : before.count() + 1;
        if (count <= free) {
            return new Failures(count, null);
        }
        // 1st over the free attempts: the first delay; each further one twice the one before, up to the cap
        int doublings = Math.min(count - free - 1, 30);
        Duration delay = properties.firstDelay().multipliedBy(1L << doublings);
        if (delay.compareTo(properties.longestDelay()) > 0) {
            delay = properties.longestDelay();
        }
        return new Failures(count, now.plus(delay));
    }

    private static Instant blockedUntil(Failures failures) {
        return failures == null ? null : failures.blockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String key(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    private record Client(String account, String address) {
    }

    private record Failures(int count, Instant blockedUntil) {
    }

    private record AccountFailures(int count, Instant lastAt, Set<String> addresses, Instant toldAt) {
    }
}
