/**
 * Driving ports: the use cases adapters call ({@code *UseCase}), the self-validating commands they
 * pass, and the results and exceptions they get back. Nothing here knows about picocli, Swing or
 * Guice; an adapter that names a class outside this package and {@code port.out} is reaching too far.
 */
package dev.gradus.app.port.in;
