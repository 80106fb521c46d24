-- Who speaks for a request (RequestValidated.contactOfficialId), so that ROLE_SIMILARITY can
-- compare a peer's function area and mandate with the requester's. Requests validated
-- before it was announced keep none until they are validated again.
ALTER TABLE "matching"."pool_request" ADD COLUMN "contact_official_id" uuid;