package org.gamescloud.ticketing.internal;

import java.util.ArrayList;
import java.util.List;

/** The checkout form: the holders, the seats picked (if any) and a key that makes a double submit harmless. */
class CheckoutForm {

    private String idempotencyKey;
    private String category;
    private String seats = "";
    private List<HolderFields> holders = new ArrayList<>();

    static class HolderFields {
        private String name;
        private String idType = "PASSPORT";
        private String idNumber;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getIdType() {
            return idType;
        }

        public void setIdType(String idType) {
            this.idType = idType;
        }

        public String getIdNumber() {
            return idNumber;
        }

        public void setIdNumber(String idNumber) {
            this.idNumber = idNumber;
        }
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getSeats() {
        return seats;
    }

    public void setSeats(String seats) {
        this.seats = seats;
    }

    public List<HolderFields> getHolders() {
        return holders;
    }

    public void setHolders(List<HolderFields> holders) {
        this.holders = holders;
    }
}
