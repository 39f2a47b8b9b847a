/**
 * The demo-day simulator: a command ({@link org.gamescloud.simulator.DemoDay}) that plays a whole competition day of
 * the Games through the public HTTP API, as the venue systems would: start lists, live and intermediate results,
 * unofficial and official results with plausible marks for each sport, and one correction. It uses no class of any
 * other module: it only speaks HTTP and JSON, so that it exercises exactly what a venue system would.
 */
@ApplicationModule(
        displayName = "Demo-day simulator",
        allowedDependencies = {})
package org.gamescloud.simulator;

import org.springframework.modulith.ApplicationModule;
