/** Placeholder until the bundle has code. */
package org.coprod.export.ui;
