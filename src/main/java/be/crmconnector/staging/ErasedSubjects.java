package be.crmconnector.staging;

import be.crmconnector.model.StagedRecord;

/**
 * The people erased from the store (GDPR) whose return is refused: a record that brings one of them back is staged
 * INVALID with {@link #RULE}, never matched or created. Implemented over the suppression list, which holds keyed
 * hashes of their keys only; staging never sees the erased values.
 */
public interface ErasedSubjects {
    String RULE = "ERASED_SUBJECT";
    String MESSAGE = "This record is a person erased from the store at their request (GDPR); it is not imported."
            + " An administrator can lift the suppression if the person is to come back.";

    /** No one erased: for stores and tests without a suppression list. */
    ErasedSubjects NONE = connectorId -> Check.NOBODY;

    /** The check for one staging run of the connector: the list is read once, when the run starts. */
    Check forRun(String connectorId);

    /** The suppression list as one run sees it. */
    interface Check {
        /** No one erased: nothing is hashed. */
        Check NOBODY = new Check() {
            @Override
            public boolean erased(StagedRecord record) {
                return false;
            }

            @Override
            public boolean erasedEmail(String email) {
                return false;
            }
        };

        /** Whether a validated record is an erased person, by its national number, e-mail or external reference. */
        boolean erased(StagedRecord record);

        /** Whether a normalised e-mail address (a contact's) is an erased person's. */
        boolean erasedEmail(String email);
    }
}
