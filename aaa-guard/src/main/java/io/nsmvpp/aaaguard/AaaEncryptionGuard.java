/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.aaaguard;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recovers OpenDaylight AAA from a start-up race that otherwise leaves RESTCONF and NETCONF closed until the next
 * restart.
 *
 * <p>AAA 0.22.3's {@code OSGiEncryptionServiceConfigurator} registers a datastore listener in its constructor and
 * stores the registration only once that call returns; its listener treats a missing registration as "shutting
 * down". When the datastore delivers the listener's first notification before the call returns (it does when the
 * configuration is already in the datastore, that is on a restart: 1 restart in 4 to 1 in 13 on a 2-core machine), the
 * listener drops it ("Skipping instance update due to shutdown", at DEBUG), no further notification comes, and
 * {@code AAAEncryptionService} never registers. {@code aaa.cert} and {@code aaa.shiro} wait for it, Blueprint gives
 * up after five minutes, and every RESTCONF request stays unanswered.
 *
 * <p>This guard watches for exactly that state: the configurator active, no {@code AAAEncryptionService}, for
 * {@value #STUCK_SECONDS} s (on a healthy start the service follows the configurator within a second; a first boot
 * that generates the key takes a datastore commit). It then disables and re-enables the configurator through the
 * Declarative Services runtime, which is what {@code scr:disable} and {@code scr:enable} do by hand; the new instance
 * reads the configuration afresh. It logs each attempt, waits twice as long before the next one (at most
 * {@value #MAX_WAIT_SECONDS} s), and does nothing at all where AAA is not installed or the service is up.
 */
@Component(service = { }, immediate = true)
public final class AaaEncryptionGuard implements AutoCloseable {
    /** The AAA component whose start-up can stall. */
    static final String CONFIGURATOR = "org.opendaylight.aaa.encrypt.impl.OSGiEncryptionServiceConfigurator";
    /** The service it should bring up. */
    static final String SERVICE = "org.opendaylight.aaa.encrypt.AAAEncryptionService";
    static final long STUCK_SECONDS = 10;
    static final long MAX_WAIT_SECONDS = 300;
    private static final long POLL_SECONDS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(AaaEncryptionGuard.class);

    private final ServiceComponentRuntime scr;
    private final BundleContext context;
    private final ScheduledExecutorService timer;
    private final Watch watch = new Watch(TimeUnit.SECONDS.toNanos(STUCK_SECONDS),
        TimeUnit.SECONDS.toNanos(MAX_WAIT_SECONDS));

    @Activate
    public AaaEncryptionGuard(@Reference final ServiceComponentRuntime scr, final BundleContext context) {
        this.scr = requireNonNull(scr);
        this.context = requireNonNull(context);
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            final var thread = new Thread(runnable, "nsm-vpp-aaa-guard");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::check, POLL_SECONDS, POLL_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    @Override
    public void close() {
        timer.shutdownNow();
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private void check() {
        try {
            final boolean serviceUp = context.getServiceReference(SERVICE) != null;
            final var configurator = serviceUp ? null : configurator();
            final boolean configuratorActive = configurator != null
                && scr.getComponentConfigurationDTOs(configurator).stream()
                    .anyMatch(config -> config.state == ComponentConfigurationDTO.ACTIVE);
            final var action = watch.observe(System.nanoTime(), configuratorActive, serviceUp);
            if (action == Action.RESTART) {
                restart(requireNonNull(configurator));
            } else if (action == Action.RECOVERED) {
                LOG.info("AAA's encryption service is up after {} restart(s) of {}: RESTCONF and NETCONF "
                    + "authentication can start", watch.restarts(), CONFIGURATOR);
            }
        } catch (RuntimeException e) {
            // an OSGi framework stopping under us; the next poll (if any) looks again
            LOG.debug("Cannot check AAA's encryption service", e);
        }
    }

    private @Nullable ComponentDescriptionDTO configurator() {
        for (var bundle : context.getBundles()) {
            final var description = scr.getComponentDescriptionDTO(bundle, CONFIGURATOR);
            if (description != null) {
                return description;
            }
        }
        return null;
    }

    private void restart(final ComponentDescriptionDTO configurator) {
        LOG.warn("AAA's encryption service has not started although {} has been active for {} s: a start-up race in "
            + "aaa-encrypt-service-impl that leaves RESTCONF and NETCONF closed. Restarting that component "
            + "(attempt {}; like scr:disable and scr:enable)", CONFIGURATOR,
            TimeUnit.NANOSECONDS.toSeconds(watch.lastStuck()), watch.restarts());
        scr.disableComponent(configurator).onResolve(() -> scr.enableComponent(configurator));
    }

    /** What to do after an observation. */
    enum Action {
        NONE,
        RESTART,
        RECOVERED
    }

    /**
     * The guard's decisions, apart from OSGi: a restart once the configurator has been active without the service
     * for the stuck time, then for twice as long before each further restart, up to a maximum. Any unit of time, as
     * long as it is the same throughout.
     */
    static final class Watch {
        private final long stuckTime;
        private final long maxWait;
        private long wait;
        private long activeSince;
        private boolean activeWithoutService;
        private int restarts;
        private boolean restartedSinceUp;
        private long lastStuck;

        Watch(final long stuckTime, final long maxWait) {
            this.stuckTime = stuckTime;
            this.maxWait = maxWait;
            wait = stuckTime;
        }

        Action observe(final long now, final boolean configuratorActive, final boolean serviceUp) {
            if (serviceUp) {
                activeWithoutService = false;
                wait = stuckTime;
                if (restartedSinceUp) {
                    restartedSinceUp = false;
                    return Action.RECOVERED;
                }
                return Action.NONE;
            }
            if (!configuratorActive) {
                activeWithoutService = false;
                return Action.NONE;
            }
            if (!activeWithoutService) {
                activeWithoutService = true;
                activeSince = now;
                return Action.NONE;
            }
            if (now - activeSince < wait) {
                return Action.NONE;
            }
            lastStuck = now - activeSince;
            restarts++;
            restartedSinceUp = true;
            activeWithoutService = false;
            wait = Math.min(wait * 2, maxWait);
            return Action.RESTART;
        }

        /** Restarts so far (all time). */
        int restarts() {
            return restarts;
        }

        /** How long the configurator had been active without the service when the last restart was decided. */
        long lastStuck() {
            return lastStuck;
        }
    }
}
