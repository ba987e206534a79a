package org.coprod.atlas;

import java.awt.Shape;

/**
 * One country of the atlas: its outline in degrees (x = longitude, y = latitude) and the codes that name it.
 *
 * @param code    the ISO 3166-1 alpha-2 code the library stores ({@code BR}); null for the few areas the atlas draws
 *                without a code (Kosovo, Somaliland, Northern Cyprus), which are drawn but never counted
 * @param numeric the atlas's own id, the ISO 3166-1 numeric code ({@code 076}); null with the code
 * @param name    the atlas's English name, kept for areas that have no code
 * @param outline the outline in degrees, even-odd filled so that holes stay holes
 */
public record Country(String code, String numeric, String name, Shape outline) {
}
