package org.coprod.core;

import java.util.List;

import org.coprod.model.CoprodFactory;
import org.coprod.model.DimensionValue;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCell;
import org.coprod.model.TypologyDimension;

/**
 * Bovaird's (2007) typology of user and community co-production, as data: who plans (P1-P3) by who delivers (D1-D3),
 * with the exact cell names of his Table 1. Every new library carries it; other typologies are added the same way.
 */
public final class BovairdTypology {

    public static final String ID = "bovaird";
    public static final String PLANNER = ID + ".planner";
    public static final String DELIVERER = ID + ".deliverer";

    private static final String[][] PLANNERS = {
            { "P1", "Professionals as sole service planner", "Professionals plan and design the service without users or communities." },
            { "P2", "Service user and/or community as co-planners",
                    "Users or communities plan, design or commission the service together with professionals." },
            { "P3", "No professional input into service planning",
                    "Users or communities plan the service with no professional planning or design." } };

    private static final String[][] DELIVERERS = {
            { "D1", "Professionals as sole service deliverer", "Only professionals (from any sector) deliver and manage the service." },
            { "D2", "Professionals and users/ communities as co-deliverers",
                    "Professionals and users or communities deliver or manage the service together." },
            { "D3", "Users/ Communities as sole deliverers", "Users or communities deliver the service themselves." } };

    /** Code, exact name, applicable, exemplar, synonyms (separated by |). */
    private static final String[][] CELLS = {
            { "P1-D1", "Traditional professional service provision", "true", "", "" },
            { "P2-D1", "Traditional professional service provision with users and communities involved in planning and design", "true",
                    "Participatory budgeting, Porto Alegre, Brazil",
                    "Traditional professional service provision with user/community consultation on service planning and design issues" },
            { "P3-D1", "(Not applicable)", "false", "", "" },
            { "P1-D2", "User co-delivery of professionally-designed services", "true", "Sure Start, UK", "" },
            { "P2-D2", "Full user/professional co-production", "true", "Caterham Barracks Community Trust, UK", "" },
            { "P3-D2", "User/community co-delivery of services with professionals, with little formal planning or design", "true",
                    "Beacon Regeneration Partnership, UK",
                    "User/community co-delivery of services with professionals, without formal planning or design processes" },
            { "P1-D3", "User/community delivery of professionally-planned services", "true", "Villa Family, France",
                    "User/community sole delivery of professionally planned services" },
            { "P2-D3", "User/community delivery of co-planned or co-designed services", "true", "Tackley Village Shop, UK",
                    "User/community sole delivery of co-planned or co-designed services" },
            { "P3-D3", "Traditional self-organised community provision", "true", "", "" } };

    private BovairdTypology() {
    }

    public static Typology create() {
        CoprodFactory f = CoprodFactory.eINSTANCE;
        Typology t = f.createTypology();
        t.setId(ID);
        t.setName("Bovaird: user and community co-production");
        t.setDescription("Who plans the service (columns) by who delivers it (rows); Bovaird 2007, Table 1.");
        t.setBuiltIn(true);
        TypologyDimension planner = dimension(PLANNER, "Planning", PLANNERS);
        TypologyDimension deliverer = dimension(DELIVERER, "Delivery", DELIVERERS);
        t.getDimensions().addAll(List.of(planner, deliverer));
        for (String[] row : CELLS) {
            TypologyCell cell = f.createTypologyCell();
            cell.setCode(row[0]);
            cell.setId(ID + "." + row[0]);
            cell.setName(row[1]);
            cell.setApplicable(Boolean.parseBoolean(row[2]));
            if (!row[3].isEmpty()) {
                cell.getExemplars().add(row[3]);
            }
            if (!row[4].isEmpty()) {
                cell.getSynonyms().addAll(List.of(row[4].split("\\|")));
            }
            cell.getValues().add(value(planner, row[0].substring(0, 2)));
            cell.getValues().add(value(deliverer, row[0].substring(3)));
            t.getCells().add(cell);
        }
        return t;
    }

    private static TypologyDimension dimension(String id, String name, String[][] values) {
        TypologyDimension d = CoprodFactory.eINSTANCE.createTypologyDimension();
        d.setId(id);
        d.setName(name);
        for (String[] v : values) {
            DimensionValue value = CoprodFactory.eINSTANCE.createDimensionValue();
            value.setId(ID + "." + v[0]);
            value.setCode(v[0]);
            value.setLabel(v[1]);
            value.setDefinition(v[2]);
            d.getValues().add(value);
        }
        return d;
    }

    private static DimensionValue value(TypologyDimension d, String code) {
        return d.getValues().stream().filter(v -> v.getCode().equals(code)).findFirst().orElseThrow();
    }
}
