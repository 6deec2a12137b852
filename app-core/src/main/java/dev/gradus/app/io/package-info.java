/** Files written whole or not at all, for every adapter. */
package dev.gradus.app.io;
