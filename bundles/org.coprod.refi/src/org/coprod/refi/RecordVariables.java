package org.coprod.refi;

import java.util.ArrayList;
import java.util.List;

import org.coprod.core.evidence.BuiltInCodes.Dimension;
import org.coprod.core.evidence.BuiltInCodes.ValueMeaning;
import org.coprod.core.evidence.Records;
import org.coprod.model.BenefitClaim;
import org.coprod.model.Case;
import org.coprod.model.CodedRecord;
import org.coprod.model.DriverCoding;
import org.coprod.model.LimitationClaim;
import org.coprod.model.Outcome;
import org.eclipse.emf.common.util.Enumerator;

/**
 * The coded records of a case whose values REFI-QDA can carry as variables: its drivers, benefits, limitations and
 * outcome domains, each the list of values the case records (the details of each record, such as an outcome's figure,
 * go in the record note). Read back, a value the case does not record yet becomes a record of its own.
 */
final class RecordVariables {

    private RecordVariables() {
    }

    static CaseVariables.Variable variable(Dimension d) {
        return switch (d) {
            case DRIVER -> new CaseVariables.Variable("Drivers", CaseVariables.Type.TEXT, "Why co-production arose, separated by ;");
            case BENEFIT -> new CaseVariables.Variable("Benefits", CaseVariables.Type.TEXT, "Benefits claimed, separated by ;");
            case LIMITATION -> new CaseVariables.Variable("Limitations", CaseVariables.Type.TEXT, "Limitations and risks, separated by ;");
            case OUTCOME -> new CaseVariables.Variable("Outcome domains", CaseVariables.Type.TEXT,
                    "The domains of the case's outcomes, separated by ;");
        };
    }

    /** The values the case records in a dimension, in record order (duplicates are dropped when joined). */
    static List<Enumerator> values(Case c, Dimension d) {
        List<Enumerator> out = new ArrayList<>();
        switch (d) {
            case DRIVER -> c.getDrivers().stream().map(DriverCoding::getDriver).forEach(out::add);
            case BENEFIT -> c.getBenefits().stream().map(BenefitClaim::getBenefit).forEach(out::add);
            case LIMITATION -> c.getLimitations().stream().map(LimitationClaim::getLimitation).forEach(out::add);
            case OUTCOME -> c.getOutcomes().stream().map(Outcome::getDomain).forEach(out::add);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static void read(Case c, Dimension d, String value, CaseVariables.Reading reading) {
        for (String item : CaseVariables.items(value)) {
            CaseVariables.enumValue(d.type(), item, reading).ifPresent(v -> {
                ValueMeaning meaning = new ValueMeaning(d, v);
                boolean known = Records.matching(c, meaning).isPresent()
                        || reading.existing() != null && Records.matching(reading.existing(), meaning).isPresent();
                if (!known) {
                    CodedRecord record = Records.create(meaning, reading.recordCoder().get(), null);
                    ((List<Object>) c.eGet(Records.feature(meaning))).add(record);
                }
            });
        }
    }
}
